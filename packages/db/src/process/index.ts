export { addParticipation, createEvent, removeParticipation, updateEvent } from './events.js';
export { createFinding, createInterview, publishFinding, updateFinding, updateInterview } from './findings.js';
export { loadProcessTimeline } from './timeline.js';

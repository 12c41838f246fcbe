export { addParticipation, createEvent, removeParticipation, updateEvent } from './events.js';
export { createFinding, createInterview, publishFinding, updateFinding, updateInterview } from './findings.js';
export { loadProcessTimeline, loadProcessTimelines } from './timeline.js';
export type { TimelineRequest } from './timeline.js';

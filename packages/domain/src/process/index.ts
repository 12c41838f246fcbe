export * from './inputs.js';
export * from './timeline.js';

export * from './inputs.js';
export * from './mailing-list.js';

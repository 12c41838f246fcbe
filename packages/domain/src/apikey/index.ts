export * from './key-format.js';
export * from './new-key.js';

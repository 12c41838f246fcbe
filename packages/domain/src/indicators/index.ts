export * from './polarity.js';
export * from './sources.js';
export * from './unit-rules.js';
export * from './genesis-labels.js';

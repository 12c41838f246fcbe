export * from './disaggregation.js';
export * from './enums.js';
export * from './labels.js';
export * from './language.js';
export * from './region.js';
export * from './sdg.js';
export * from './progress/index.js';
export * from './indicators/index.js';

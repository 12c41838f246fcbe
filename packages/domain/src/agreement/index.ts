export * from './inputs.js';
export { parseOrRefuse } from './parse.js';

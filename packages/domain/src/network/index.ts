export * from './measures.js';
export * from './inputs.js';
export { networkMessageFor, networkProblemsFromZod } from './problems.js';
export * from './csv.js';

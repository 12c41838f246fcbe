export * from './workflow.js';
export * from './rollup.js';
export * from './inputs.js';
export type { InputProblem } from './problems.js';
export { problemsFromZod } from './problems.js';
export * from './csv.js';

export * from './inputs.js';
export { renderMarkdown } from './markdown.js';

export { createServer } from './server.js';
export type { ServerOptions } from './server.js';
export { schema } from './schema/index.js';
export { printSchemaFile } from './schema-file.js';

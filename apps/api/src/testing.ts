// Test helpers for other workspaces (browser tests, benchmarks): a real server on a real port.
export { startTestServer } from './test-support/test-server.js';
export type { GraphQLResponse, TestServer } from './test-support/test-server.js';

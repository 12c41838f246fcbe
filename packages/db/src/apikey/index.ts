export { apiKeyHashOf, apiKeyLastUsedResolutionMs, authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from './api-keys.js';
export type { ApiKeyAuthentication, ApiKeyPrincipal, ApiKeyRecord, ApiKeyRefusal } from './api-keys.js';

export { hashPassword, verifyPassword } from './password.js';
export { createSession, endSession, sessionIdleMs, sessionMaxMs, userOfSession } from './sessions.js';
export type { SessionUser } from './sessions.js';
export { createUser, failuresBeforeLock, lockDuration, signIn, updateUser } from './users.js';
export type { CreatedUser, SignInResult } from './users.js';

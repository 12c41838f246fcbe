// API key format, after GitHub's tokens: `atlas_` + 30 random base62 characters + a 6-character
// base62 CRC32 of those characters. The checksum lets the server (and secret scanners) reject a
// mistyped or made-up key without a database lookup; it is no protection, the secret's 178 random
// bits are. Pure code with no Node API, so it also runs in the browser.

export const apiKeyMarker = 'atlas_';
/** Random part: 30 base62 characters ≈ 178 bits. */
export const apiKeySecretLength = 30;
/** CRC32 fits in 6 base62 characters (62⁶ > 2³²). */
export const apiKeyChecksumLength = 6;
/** Characters of the secret kept in the stored, displayed prefix (`atlas_` + 8): enough to be unique, too few to guess the rest. */
export const apiKeyPrefixSecretChars = 8;
export const apiKeyLength = apiKeyMarker.length + apiKeySecretLength + apiKeyChecksumLength;

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE, as zlib) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function toBase62(value: number, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i++) {
    out = base62.charAt(rest % 62) + out;
    rest = Math.floor(rest / 62);
  }
  return out;
}

export function apiKeyChecksum(secret: string): string {
  return toBase62(crc32(secret), apiKeyChecksumLength);
}

/** Random base62 text; bytes ≥ 248 are dropped so every character is equally likely. */
function randomBase62(length: number, randomBytes: (count: number) => Uint8Array): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += base62.charAt(byte % 62);
    }
  }
  return out;
}

const webRandomBytes = (count: number) => globalThis.crypto.getRandomValues(new Uint8Array(count));

/** A new key (shown once, never stored) and its prefix (stored and displayed). */
export function generateApiKey(randomBytes: (count: number) => Uint8Array = webRandomBytes): { key: string; prefix: string } {
  const secret = randomBase62(apiKeySecretLength, randomBytes);
  const key = `${apiKeyMarker}${secret}${apiKeyChecksum(secret)}`;
  return { key, prefix: apiKeyPrefixOf(key) };
}

export function apiKeyPrefixOf(key: string): string {
  return key.slice(0, apiKeyMarker.length + apiKeyPrefixSecretChars);
}

export type ParsedApiKey = { ok: true; key: string; prefix: string } | { ok: false; reason: 'format' | 'checksum' };

const keyPattern = new RegExp(`^${apiKeyMarker}[0-9A-Za-z]{${apiKeySecretLength + apiKeyChecksumLength}}$`);

/** Checks form and checksum; a key that passes may still be unknown, revoked or expired. */
export function parseApiKey(text: string): ParsedApiKey {
  const key = text.trim();
  if (!keyPattern.test(key)) return { ok: false, reason: 'format' };
  const secret = key.slice(apiKeyMarker.length, apiKeyMarker.length + apiKeySecretLength);
  if (key.slice(-apiKeyChecksumLength) !== apiKeyChecksum(secret)) return { ok: false, reason: 'checksum' };
  return { ok: true, key, prefix: apiKeyPrefixOf(key) };
}

/** True for text shaped like a stored prefix (`atlas_` + 8 base62 characters), as the revoke command accepts. */
export function isApiKeyPrefix(text: string): boolean {
  return new RegExp(`^${apiKeyMarker}[0-9A-Za-z]{${apiKeyPrefixSecretChars}}$`).test(text);
}

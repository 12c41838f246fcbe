import { describe, expect, it } from 'vitest';
import { apiKeyChecksum, apiKeyLength, crc32, generateApiKey, isApiKeyPrefix, parseApiKey } from './key-format.js';
import { parseApiKeyExpiry } from './new-key.js';

describe('API key format', () => {
  it('computes the standard CRC-32 (the zlib check value of "123456789")', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('generates atlas_ + 30 base62 characters + a 6-character checksum, with an 8-character prefix', () => {
    const { key, prefix } = generateApiKey();
    expect(key).toMatch(/^atlas_[0-9A-Za-z]{36}$/);
    expect(key).toHaveLength(apiKeyLength);
    expect(prefix).toBe(key.slice(0, 14));
    expect(isApiKeyPrefix(prefix)).toBe(true);
    expect(parseApiKey(key)).toEqual({ ok: true, key, prefix });
  });

  it('generates different keys each time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('uses the random source it is given, dropping bytes that would bias the characters', () => {
    const bytes = (count: number) => Uint8Array.from({ length: count }, (_, i) => (i % 2 === 0 ? 255 : 1));
    const { key } = generateApiKey(bytes);
    expect(key.slice(6, 36)).toBe('1'.repeat(30));
    expect(key.slice(36)).toBe(apiKeyChecksum('1'.repeat(30)));
  });

  it('rejects a one-character typo by its checksum, without a lookup', () => {
    const { key } = generateApiKey();
    const position = 10;
    const typo = key.slice(0, position) + (key[position] === 'a' ? 'b' : 'a') + key.slice(position + 1);
    expect(parseApiKey(typo)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects text of the wrong shape', () => {
    for (const text of ['', 'atlas_', 'ghp_abc', 'atlas_' + 'a'.repeat(35), 'atlas_' + 'a'.repeat(37), 'atlas_' + '-'.repeat(36)]) {
      expect(parseApiKey(text)).toEqual({ ok: false, reason: 'format' });
    }
    expect(isApiKeyPrefix('atlas_1234567')).toBe(false);
    expect(isApiKeyPrefix('clxyz123')).toBe(false);
  });

  it('accepts surrounding whitespace, as pasted from a mail', () => {
    const { key } = generateApiKey();
    expect(parseApiKey(` ${key}\n`)).toMatchObject({ ok: true, key });
  });
});

describe('API key expiry', () => {
  it('reads a date as the end of that day (UTC) and a full ISO time as given', () => {
    expect(parseApiKeyExpiry('2027-03-31')?.toISOString()).toBe('2027-03-31T23:59:59.999Z');
    expect(parseApiKeyExpiry('2027-03-31T12:00:00Z')?.toISOString()).toBe('2027-03-31T12:00:00.000Z');
  });

  it('refuses impossible dates and other text', () => {
    for (const text of ['2027-02-30', '31.03.2027', 'tomorrow', '2027-13-01']) expect(parseApiKeyExpiry(text)).toBeNull();
  });
});

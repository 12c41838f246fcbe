import { describe, expect, it } from 'vitest';
import { newUserSchema, passwordSchema } from './password-policy.js';

describe('password policy', () => {
  it('needs at least 10 characters that are not just spaces', () => {
    expect(passwordSchema.safeParse('kurz').error?.issues[0]?.message).toContain('mindestens 10 Zeichen');
    expect(passwordSchema.safeParse('    abc      ').success).toBe(false);
    expect(passwordSchema.safeParse('lang genug, wirklich').success).toBe(true);
    expect(passwordSchema.safeParse('x'.repeat(201)).success).toBe(false);
  });

  it('normalises the e-mail address and checks the role', () => {
    const parsed = newUserSchema.safeParse({ email: ' Staff@Example.ORG ', password: 'geheimes-passwort', role: 'STAFF' });
    expect(parsed.success && parsed.data.email).toBe('staff@example.org');
    const bad = newUserSchema.safeParse({ email: 'kein-at', password: 'geheimes-passwort', role: 'BOSS' });
    expect(bad.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['email', 'role']);
  });
});

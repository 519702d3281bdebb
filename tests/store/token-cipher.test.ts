import { randomBytes } from 'node:crypto';
import { TokenCipher } from '../../src/store/token-cipher';

describe('TokenCipher: Slack tokens encrypted at rest with AES-256-GCM', () => {
  const key = randomBytes(32);
  const cipher = new TokenCipher(key, { production: true });
  const secret = JSON.stringify({ bot: { token: 'xoxb-123-secret' } });

  it('round-trips, with a fresh IV every time and no token visible', () => {
    const a = cipher.seal(secret);
    const b = cipher.seal(secret);
    expect(a).not.toBe(b);
    expect(a).not.toContain('xoxb');
    expect(a.startsWith('v1.')).toBe(true);
    expect(cipher.open(a)).toBe(secret);
  });

  it('refuses a record with a changed byte, or the wrong key', () => {
    const sealed = cipher.seal(secret);
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.open(`v1.${raw.toString('base64')}`)).toThrow(/could not be decrypted/);
    expect(() => new TokenCipher(randomBytes(32), { production: true }).open(sealed)).toThrow(/wrong TOKEN_ENCRYPTION_KEY/);
  });

  it('stores plaintext with one warning outside production when no key is set; production refuses', () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) } as unknown as NonNullable<ConstructorParameters<typeof TokenCipher>[1]['logger']>;
    const plain = new TokenCipher(undefined, { production: false, logger });
    expect(plain.open(plain.seal(secret))).toBe(secret);
    plain.seal(secret);
    expect(warnings).toHaveLength(1);
    expect(() => plain.open(cipher.seal(secret))).toThrow(/set TOKEN_ENCRYPTION_KEY/);
    expect(() => new TokenCipher(undefined, { production: true })).toThrow(/required in production/);
  });
});

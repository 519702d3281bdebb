import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Logger } from '../logging/logger';

const SEALED = 'v1.';
const PLAIN = 'plain.';

/**
 * Encrypts Slack installations (they hold bot tokens) at rest with AES-256-GCM: a random 12-byte IV
 * per record, the 16-byte auth tag checked on every read (a changed byte or a wrong key fails loudly).
 * Stored form: `v1.` + base64(iv | tag | ciphertext). Without a key (allowed outside production only)
 * records are stored as `plain.` + text, and a warning is logged once.
 */
export class TokenCipher {
  private warned = false;

  constructor(
    private readonly key: Buffer | undefined,
    private readonly options: { production: boolean; logger?: Logger },
  ) {
    if (key && key.length !== 32) throw new Error('TOKEN_ENCRYPTION_KEY must be 32 bytes');
    if (!key && options.production) throw new Error('TOKEN_ENCRYPTION_KEY is required in production to store Slack tokens');
  }

  seal(plain: string): string {
    if (!this.key) {
      if (!this.warned) {
        this.warned = true;
        this.options.logger?.warn('TOKEN_ENCRYPTION_KEY is not set: Slack tokens are stored unencrypted (refused in production; make a key with: openssl rand -hex 32)');
      }
      return PLAIN + plain;
    }
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return SEALED + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  open(stored: string): string {
    if (stored.startsWith(PLAIN)) return stored.slice(PLAIN.length);
    if (!stored.startsWith(SEALED)) throw new Error('stored Slack installation is in an unknown format');
    if (!this.key) throw new Error('stored Slack installations are encrypted: set TOKEN_ENCRYPTION_KEY to the key they were written with');
    const raw = Buffer.from(stored.slice(SEALED.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error('a stored Slack installation could not be decrypted: wrong TOKEN_ENCRYPTION_KEY, or the record was altered');
    }
  }
}

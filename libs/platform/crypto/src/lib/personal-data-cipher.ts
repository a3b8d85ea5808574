import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

import { type EncryptionKey, parseEncryptionKeys } from '@link/platform/config';

const FORMAT = 'v1';

/**
 * Encrypts people's contact details in the application (AES-256-GCM), so a database dump, a
 * backup or a log of SQL holds no readable phone number or e-mail. A ciphertext names its key
 * (`v1:<keyId>:<iv>:<tag>:<data>`), so keys can rotate: the first key encrypts, all decrypt.
 */
export class PersonalDataCipher {
  private readonly keys: EncryptionKey[];
  private readonly lookupKey: Buffer;

  constructor(encryptionKeys: string, lookupHashKey: string) {
    this.keys = parseEncryptionKeys(encryptionKeys);
    this.lookupKey = Buffer.from(lookupHashKey, 'base64');
  }

  encrypt(plaintext: string): string {
    const { id, key } = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64'));
    return [FORMAT, id, ...parts].join(':');
  }

  decrypt(ciphertext: string): string {
    const [format, keyId, iv, tag, data] = ciphertext.split(':');
    const key = this.keys.find((candidate) => candidate.id === keyId)?.key;
    if (format !== FORMAT || !key) throw new Error(`No key "${keyId}" to decrypt with.`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** A keyed hash for exact-match lookups; `kind` keeps a phone and an e-mail from colliding. */
  lookupHash(kind: 'phone' | 'email', normalisedValue: string): string {
    return createHmac('sha256', this.lookupKey)
      .update(`${kind}:${normalisedValue}`)
      .digest('base64url');
  }
}

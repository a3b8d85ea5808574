import { PersonalDataCipher } from './personal-data-cipher';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const lookupKey = key(9);

describe('PersonalDataCipher', () => {
  it('round-trips, and never produces the same ciphertext twice', () => {
    const cipher = new PersonalDataCipher(`k1:${key(1)}`, lookupKey);
    const a = cipher.encrypt('+4791234567');
    const b = cipher.encrypt('+4791234567');
    expect(a).not.toBe(b);
    expect(a).not.toContain('91234567');
    expect(cipher.decrypt(a)).toBe('+4791234567');
  });

  it('decrypts with a retired key after rotation, and encrypts with the new one', () => {
    const old = new PersonalDataCipher(`k1:${key(1)}`, lookupKey).encrypt('kari@example.no');
    const rotated = new PersonalDataCipher(`k2:${key(2)},k1:${key(1)}`, lookupKey);
    expect(rotated.decrypt(old)).toBe('kari@example.no');
    expect(rotated.encrypt('x').split(':')[1]).toBe('k2');
  });

  it('refuses a tampered ciphertext or an unknown key', () => {
    const cipher = new PersonalDataCipher(`k1:${key(1)}`, lookupKey);
    const parts = cipher.encrypt('kari@example.no').split(':');
    parts[4] = Buffer.from('tampered').toString('base64');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
    expect(() => cipher.decrypt('v1:k9:a:b:c')).toThrow(/No key/);
  });

  it('hashes for lookup stably, per kind, independent of the encryption key', () => {
    const a = new PersonalDataCipher(`k1:${key(1)}`, lookupKey);
    const b = new PersonalDataCipher(`k2:${key(2)}`, lookupKey);
    expect(a.lookupHash('email', 'kari@example.no')).toBe(b.lookupHash('email', 'kari@example.no'));
    expect(a.lookupHash('email', 'x')).not.toBe(a.lookupHash('phone', 'x'));
  });
});

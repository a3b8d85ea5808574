import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id, the library default, at its default cost (19 MiB, 2 passes: OWASP's minimum). */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password);
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  }

  /** Spends the time of a real check, so an unknown e-mail cannot be told by the delay. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('no-such-user-password');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}

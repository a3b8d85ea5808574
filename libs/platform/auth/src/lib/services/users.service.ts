import { Injectable } from '@nestjs/common';

import { TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import { UserEntity } from '../entities/user.entity';
import { PasswordHasher } from './password-hasher';

export interface NewUser {
  email: string;
  displayName: string;
  initialPassword?: string;
}

/** Platform-wide accounts. A person has one, whichever centres they work in. */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
  ) {}

  /** The account with this e-mail, created when there is none (then a password is required). */
  async findOrCreate(input: NewUser, passwordField = 'initialPassword'): Promise<UserEntity> {
    const users = await this.db.platform(UserEntity);
    const existing = await users.findOneBy({ email: input.email });
    if (existing) return existing;
    if (!input.initialPassword) {
      throw new BadUserInputError('Personen har ingen konto ennå: oppgi et første passord.', [
        { field: passwordField, messages: ['Påkrevd for en ny konto.'] },
      ]);
    }
    const passwordHash = await this.hasher.hash(input.initialPassword);
    return users.save(
      users.create({ email: input.email, displayName: input.displayName, passwordHash }),
    );
  }

  /**
   * Makes sure an account exists for this address without telling whether it did: the password
   * is hashed and the insert attempted either way (`ON CONFLICT DO NOTHING`), so both cases take
   * the same path and about the same time, and nothing of an existing account is read or changed.
   */
  async ensureAccount(input: Required<NewUser>): Promise<void> {
    const passwordHash = await this.hasher.hash(input.initialPassword);
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO NOTHING`,
      [input.email, input.displayName, passwordHash],
    );
  }
}

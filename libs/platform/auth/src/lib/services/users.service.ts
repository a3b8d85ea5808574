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
}

import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';

import type { UserEntity } from '../entities/user.entity';
import { AuthService } from '../services/auth.service';

/** E-mail and password, checked with throttling per IP and per account. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<UserEntity> {
    return this.auth.checkCredentials(email, password, request.ip ?? 'unknown');
  }
}

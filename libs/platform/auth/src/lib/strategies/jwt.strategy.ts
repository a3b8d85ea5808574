import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { Environment } from '@link/platform/config';
import type { Actor } from '@link/platform/tenancy';

import { ActorVerifier } from '../services/actor-verifier';
import { type AccessClaims, JWT_AUDIENCE, JWT_ISSUER } from '../services/auth-tokens.service';

/** Verifies the bearer token's signature and expiry, then the claims against the database. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    environment: Environment,
    private readonly verifier: ActorVerifier,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: environment.JWT_SECRET,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims): Promise<Actor> {
    return this.verifier.verify(claims.sub, claims.sid, claims.cid ?? null);
  }
}

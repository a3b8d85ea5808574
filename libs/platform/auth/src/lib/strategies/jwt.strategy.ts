import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isUUID } from 'class-validator';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';

import { Environment } from '@link/platform/config';
import type { Actor } from '@link/platform/tenancy';
import { UnauthenticatedError } from '@link/shared/errors';

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
      // A key object, made once: given a string, jsonwebtoken first tries it as a public key on
      // every request (a thrown and caught error) before making a secret key of it, which was
      // about a tenth of the API's CPU time on a light list query (tools/bench/api).
      secretOrKey: createSecretKey(
        Buffer.from(environment.JWT_SECRET, 'utf8'),
      ) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(payload: Record<string, unknown>): Promise<Actor> {
    const claims = accessClaims(payload);
    return this.verifier.verify(claims.sub, claims.sid, claims.cid);
  }
}

/**
 * The claims of a token whose signature is valid, or TOKEN_INVALID. jsonwebtoken checks `exp`
 * only when it is there, so a token without one would never expire: we issue none like that.
 * The ids go into SQL as uuid parameters; anything else would fail there as a server error.
 */
function accessClaims(payload: Record<string, unknown>): AccessClaims {
  const { exp, sub, sid, cid } = payload;
  const valid =
    typeof exp === 'number' &&
    Number.isFinite(exp) &&
    isUuid(sub) &&
    isUuid(sid) &&
    (cid === null || cid === undefined || isUuid(cid));
  if (!valid) {
    throw new UnauthenticatedError(
      'Tilgangsnøkkelen er ikke gyldig. Logg inn på nytt.',
      'TOKEN_INVALID',
    );
  }
  return { sub, sid, cid: cid ?? null };
}

function isUuid(value: unknown): value is string {
  return typeof value === 'string' && isUUID(value, 'all');
}

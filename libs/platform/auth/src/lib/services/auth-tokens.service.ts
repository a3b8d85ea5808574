import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { Environment } from '@link/platform/config';
import { RequestTransaction, TenantDatabase } from '@link/platform/tenancy';
import { UnauthenticatedError } from '@link/shared/errors';

import { AuthSessionEntity } from '../entities/auth-session.entity';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';

/** What an access token says. The database has the last word on all of it (JwtStrategy). */
export interface AccessClaims {
  sub: string;
  sid: string;
  cid: string | null;
}

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface RedeemedRefreshToken {
  userId: string;
  sessionId: string;
  centreId: string | null;
}

export const JWT_ISSUER = 'link-platform';
export const JWT_AUDIENCE = 'link-api';

const refreshTokenProblem = () =>
  new UnauthenticatedError(
    'Innloggingen er ikke lenger gyldig. Logg inn på nytt.',
    'REFRESH_TOKEN_INVALID',
  );

/**
 * Short-lived JWT access tokens and single-use refresh tokens (`<id>.<secret>`, only a hash of
 * the secret stored). Each refresh rotates the token; presenting a spent one means it was
 * stolen or replayed, so the whole session (the token family) is revoked.
 */
@Injectable()
export class AuthTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly environment: Environment,
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
  ) {}

  async startSession(
    userId: string,
    centreId: string | null,
  ): Promise<{ sessionId: string; tokens: IssuedTokens }> {
    const sessions = await this.db.platform(AuthSessionEntity);
    const session = await sessions.save(sessions.create({ userId }));
    return { sessionId: session.id, tokens: await this.issue(session.id, userId, centreId) };
  }

  async issue(sessionId: string, userId: string, centreId: string | null): Promise<IssuedTokens> {
    const secret = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(
      Date.now() + this.environment.REFRESH_TOKEN_TTL_SECONDS * 1000,
    );
    const tokens = await this.db.platform(RefreshTokenEntity);
    const row = await tokens.save(
      tokens.create({
        sessionId,
        centreId,
        secretHash: sha256(secret),
        expiresAt: refreshTokenExpiresAt,
      }),
    );
    const ttl = this.environment.ACCESS_TOKEN_TTL_SECONDS;
    const claims: AccessClaims = { sub: userId, sid: sessionId, cid: centreId };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: ttl }),
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken: `${row.id}.${secret}`,
      refreshTokenExpiresAt,
    };
  }

  /** Spends a refresh token. Reuse of a spent one revokes its session, and that stands. */
  async redeem(refreshToken: string): Promise<RedeemedRefreshToken> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret || !/^[0-9a-f-]{36}$/i.test(id)) throw refreshTokenProblem();
    const manager = await this.db.manager();
    const [row] = await manager.query<
      {
        session_id: string;
        centre_id: string | null;
        secret_hash: string;
        user_id: string;
        used_at: Date | null;
        expires_at: Date;
        revoked_at: Date | null;
      }[]
    >(
      `SELECT t.session_id, t.centre_id, t.secret_hash, t.used_at, t.expires_at, s.user_id, s.revoked_at
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
        WHERE t.id = $1`,
      [id],
    );
    if (!row || !sameHash(row.secret_hash, sha256(secret))) throw refreshTokenProblem();
    if (row.revoked_at || row.expires_at.getTime() <= Date.now()) throw refreshTokenProblem();

    // Atomic: of two concurrent uses of one token, exactly one gets the row.
    const spent = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL', { id })
      .execute();
    if (spent.affected !== 1) {
      await this.revokeSessionNow(row.session_id, 'refresh token reused');
      throw new UnauthenticatedError(
        'Innloggingen ble brukt to ganger og er avsluttet for sikkerhets skyld. Logg inn på nytt.',
        'REFRESH_TOKEN_REUSED',
      );
    }
    return { userId: row.user_id, sessionId: row.session_id, centreId: row.centre_id };
  }

  async revokeSession(sessionId: string, reason: string): Promise<void> {
    const sessions = await this.db.platform(AuthSessionEntity);
    await sessions.update({ id: sessionId }, { revokedAt: new Date(), revokedReason: reason });
  }

  /** Committed at once, whatever becomes of the request. */
  private revokeSessionNow(sessionId: string, reason: string): Promise<unknown> {
    return this.transaction.independently((manager) =>
      manager.query(
        `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
        [sessionId, reason],
      ),
    );
  }
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

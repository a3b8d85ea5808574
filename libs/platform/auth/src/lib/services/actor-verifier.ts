import { Injectable } from '@nestjs/common';

import {
  type SignedInActor,
  type CentreRole,
  type PlatformRole,
  RequestTransaction,
} from '@link/platform/tenancy';
import { UnauthenticatedError } from '@link/shared/errors';

interface ActorRow {
  platform_role: PlatformRole | null;
  user_deactivated_at: Date | null;
  session_revoked_at: Date | null;
  centre_role: CentreRole | null;
  membership_deactivated_at: Date | null;
}

/** The user, their session and their membership in the claimed centre, in one row. */
const ACTOR_CHECK = `SELECT u.platform_role, u.deactivated_at AS user_deactivated_at,
       s.revoked_at AS session_revoked_at,
       m.role AS centre_role, m.deactivated_at AS membership_deactivated_at
  FROM users u
  JOIN auth_sessions s ON s.id = $2::uuid AND s.user_id = u.id
  LEFT JOIN memberships m ON m.user_id = u.id AND m.tenant_id = $3::uuid
 WHERE u.id = $1::uuid`;

/**
 * Turns what a token claims (user, session, centre) into the request's actor, checking the
 * database: the user is active, the session is not revoked, and the membership in the centre
 * still exists. The role comes from the database, not the token, so a changed role or a
 * removed membership takes effect at once.
 */
@Injectable()
export class ActorVerifier {
  constructor(private readonly transaction: RequestTransaction) {}

  async verify(userId: string, sessionId: string, centreId: string | null): Promise<SignedInActor> {
    try {
      // Provisional: row-level security needs the claimed centre and user to read the
      // membership. On a request's first database work, BEGIN, these settings and the check
      // are one round trip; the verified actor then has the same centre and user, so its
      // settings need none.
      const [row] = await this.transaction.actAsAndRead<ActorRow>(
        { userId, sessionId, centreId, centreRole: null, platformRole: null },
        ACTOR_CHECK,
        [userId, sessionId, centreId],
      );
      const actor = this.check(row, userId, sessionId, centreId);
      await this.transaction.actAs(actor);
      return actor;
    } catch (error) {
      await this.transaction.actAs(undefined);
      throw error;
    }
  }

  private check(
    row: ActorRow | undefined,
    userId: string,
    sessionId: string,
    centreId: string | null,
  ): SignedInActor {
    if (!row || row.session_revoked_at) {
      throw new UnauthenticatedError('Du er logget ut. Logg inn på nytt.', 'SESSION_ENDED');
    }
    if (row.user_deactivated_at) {
      throw new UnauthenticatedError(
        'Kontoen er deaktivert. Kontakt senteret ditt.',
        'USER_DEACTIVATED',
      );
    }
    if (centreId && (!row.centre_role || row.membership_deactivated_at)) {
      throw new UnauthenticatedError(
        'Du har ikke lenger tilgang til dette senteret. Logg inn på nytt.',
        'MEMBERSHIP_REVOKED',
      );
    }
    return {
      userId,
      sessionId,
      centreId,
      centreRole: centreId ? row.centre_role : null,
      platformRole: row.platform_role,
    };
  }
}

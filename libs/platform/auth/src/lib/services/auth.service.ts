import { Injectable } from '@nestjs/common';

import {
  type Actor,
  type SignedInActor,
  RequestContext,
  RequestTransaction,
  TenantDatabase,
} from '@link/platform/tenancy';
import { ForbiddenError, UnauthenticatedError } from '@link/shared/errors';

import { UserEntity } from '../entities/user.entity';
import type { AuthPayloadModel } from '../models/auth-payload.model';
import type { MeModel } from '../models/me.model';
import type { MembershipModel } from '../models/membership.model';
import { ActorVerifier } from './actor-verifier';
import { AuthTokens, type IssuedTokens } from './auth-tokens.service';
import { InvitationsService } from './invitations.service';
import { LoginThrottle } from './login-throttle';
import { MembershipsReader } from './memberships.reader';
import { PasswordHasher } from './password-hasher';

const wrongCredentials = () =>
  new UnauthenticatedError('Feil e-post eller passord.', 'WRONG_CREDENTIALS');

/** Sign-in, token refresh, switching centre, sign-out, and who the user is. */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
    private readonly context: RequestContext,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly tokens: AuthTokens,
    private readonly verifier: ActorVerifier,
    private readonly memberships: MembershipsReader,
    private readonly invitations: InvitationsService,
  ) {}

  /**
   * Checks e-mail and password (the passport-local strategy calls this). The attempt is counted
   * before argon2 runs, so concurrent guesses cannot all slip in under the limit.
   */
  async checkCredentials(email: string, password: string, ip: string): Promise<UserEntity> {
    await this.throttle.attempt(ip, email);
    const users = await this.db.platform(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    const passwordHash = user ? await this.passwordHashOf(user.email) : null;
    const valid = passwordHash
      ? await this.hasher.verify(passwordHash, password)
      : await this.hasher.verifyNothing(password);
    if (!user || !valid) throw wrongCredentials();
    await this.throttle.succeeded(email);
    if (user.deactivatedAt) {
      throw new UnauthenticatedError(
        'Kontoen er deaktivert. Kontakt senteret ditt.',
        'USER_DEACTIVATED',
      );
    }
    return user;
  }

  /**
   * The runtime role may not read `users.password_hash`; a database function hands out the
   * hash of one account by its exact e-mail address, for this check only.
   */
  private async passwordHashOf(email: string): Promise<string | null> {
    const manager = await this.db.manager();
    const [row] = await manager.query<{ hash: string | null }[]>(
      `SELECT password_hash_for_sign_in($1) AS hash`,
      [email],
    );
    return row?.hash ?? null;
  }

  /** Starts a session for a user whose password was checked, in the chosen centre. */
  async login(user: UserEntity, centreSlug: string | undefined): Promise<AuthPayloadModel> {
    await this.transaction.actAs(this.anonymousActorFor(user));
    const memberships = await this.memberships.activeMembershipsOf(user.id);
    const membership = chooseMembership(memberships, centreSlug);
    // Someone invited to a centre signs in without one, to accept (acceptCentreInvitation).
    if (
      memberships.length === 0 &&
      !user.platformRole &&
      (await this.invitations.openFor(user.id)).length === 0
    ) {
      throw new UnauthenticatedError(
        'Kontoen har ingen aktiv tilgang til noe senter. Kontakt senteret ditt.',
        'NO_ACCESS',
      );
    }
    const centreId = membership?.centre.id ?? null;
    const { sessionId, tokens } = await this.tokens.startSession(user.id, centreId);
    const actor = await this.verifier.verify(user.id, sessionId, centreId);
    return this.payload(tokens, actor);
  }

  async refresh(refreshToken: string): Promise<AuthPayloadModel> {
    const redeemed = await this.tokens.redeem(refreshToken);
    const actor = await this.verifier.verify(
      redeemed.userId,
      redeemed.sessionId,
      redeemed.centreId,
    );
    const tokens = await this.tokens.issue(redeemed.sessionId, actor.userId, actor.centreId);
    return this.payload(tokens, actor);
  }

  async switchCentre(centreSlug: string): Promise<AuthPayloadModel> {
    const current = this.requireSession();
    const memberships = await this.memberships.activeMembershipsOf(current.userId);
    const membership = memberships.find((m) => m.centre.slug === centreSlug);
    if (!membership) throw noAccessTo(centreSlug);
    const actor = await this.verifier.verify(
      current.userId,
      current.sessionId,
      membership.centre.id,
    );
    const tokens = await this.tokens.issue(current.sessionId, actor.userId, actor.centreId);
    return this.payload(tokens, actor);
  }

  /** Accepts an invitation and returns tokens that work in the centre it came from. */
  async acceptInvitation(id: string): Promise<AuthPayloadModel> {
    const current = this.requireSession();
    const centre = await this.invitations.accept(current.userId, id);
    const actor = await this.verifier.verify(current.userId, current.sessionId, centre.id);
    const tokens = await this.tokens.issue(current.sessionId, actor.userId, actor.centreId);
    return this.payload(tokens, actor);
  }

  async declineInvitation(id: string): Promise<boolean> {
    const current = this.requireSession();
    await this.invitations.decline(current.userId, id);
    return true;
  }

  async logout(): Promise<boolean> {
    const current = this.requireSession();
    await this.tokens.revokeSession(current.sessionId, 'signed out');
    return true;
  }

  async me(actor: SignedInActor): Promise<MeModel> {
    const users = await this.db.platform(UserEntity);
    const user = await users.findOneByOrFail({ id: actor.userId });
    const memberships = await this.memberships.activeMembershipsOf(actor.userId);
    const active = memberships.find((m) => m.centre.id === actor.centreId);
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      platformRole: user.platformRole,
      activeCentre: active?.centre ?? null,
      activeRole: active?.role ?? null,
      memberships,
      invitations: await this.invitations.openFor(actor.userId),
    };
  }

  private async payload(tokens: IssuedTokens, actor: SignedInActor): Promise<AuthPayloadModel> {
    return { ...tokens, me: await this.me(actor) };
  }

  private requireSession(): SignedInActor {
    return this.context.requireSignedIn();
  }

  private anonymousActorFor(user: UserEntity): Actor {
    return {
      userId: user.id,
      sessionId: null,
      centreId: null,
      centreRole: null,
      platformRole: user.platformRole,
    };
  }
}

function chooseMembership(memberships: MembershipModel[], centreSlug: string | undefined) {
  if (centreSlug) {
    const chosen = memberships.find((m) => m.centre.slug === centreSlug);
    if (!chosen) throw noAccessTo(centreSlug);
    return chosen;
  }
  // With several centres the user chooses (switchCentre); we do not guess for them.
  return memberships.length === 1 ? memberships[0] : undefined;
}

function noAccessTo(centreSlug: string): ForbiddenError {
  return new ForbiddenError(`Du har ingen aktiv tilgang til senteret «${centreSlug}».`);
}

import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';

import { type Actor, CENTRE_ROLES, RequestContext } from '@link/platform/tenancy';
import { ForbiddenError, UnauthenticatedError } from '@link/shared/errors';

import {
  type AccessRule,
  PUBLIC_KEY,
  PUBLIC_READ_KEY,
  ROLES_KEY,
  SIGNED_IN,
} from '../access.decorators';
import { PublicReadThrottle } from '../services/public-read-throttle';
import { requestOf } from './graphql-request';

/**
 * The global guard. Denies by default: an operation is open only when marked `@Public()`;
 * otherwise it needs a valid access token (passport-jwt, then checked against the database by
 * `JwtStrategy`) and one of the roles the operation names. `@PublicRead()` operations spend a
 * point of the client's address first.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly context: RequestContext,
    private readonly publicReads: PublicReadThrottle,
  ) {
    super();
  }

  override async canActivate(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      if (this.reflector.getAllAndOverride<boolean>(PUBLIC_READ_KEY, targets)) {
        await this.publicReads.read(requestOf(execution).ip ?? 'unknown');
      }
      return true;
    }

    const rules = this.reflector.getAllAndOverride<AccessRule[] | undefined>(ROLES_KEY, targets);
    if (!rules || rules.length === 0) {
      this.logger.error(
        `${execution.getClass().name}.${execution.getHandler().name} names no roles`,
      );
      throw new ForbiddenError();
    }
    // Several root fields in one request share the actor verified for the first.
    if (!this.context.actor) await super.canActivate(execution);
    const actor = this.context.requireActor();
    if (!allows(rules, actor)) throw new ForbiddenError(refusal(rules, actor));
    return true;
  }

  override getRequest(execution: ExecutionContext) {
    return requestOf(execution);
  }

  override handleRequest<T>(error: unknown, actor: T, info: unknown): T {
    if (error) throw error;
    if (!actor) throw tokenProblem(info);
    return actor;
  }
}

function tokenProblem(info: unknown): UnauthenticatedError {
  const name = (info as { name?: string } | undefined)?.name;
  if (name === 'TokenExpiredError') {
    return new UnauthenticatedError(
      'Innloggingen har utløpt. Forny den med refreshToken, eller logg inn på nytt.',
      'TOKEN_EXPIRED',
    );
  }
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') {
    return new UnauthenticatedError(
      'Tilgangsnøkkelen er ikke gyldig. Logg inn på nytt.',
      'TOKEN_INVALID',
    );
  }
  return new UnauthenticatedError('Du må logge inn for å gjøre dette.', 'TOKEN_MISSING');
}

function allows(rules: AccessRule[], actor: Actor): boolean {
  return rules.some(
    (rule) => rule === SIGNED_IN || rule === actor.centreRole || rule === actor.platformRole,
  );
}

function refusal(rules: AccessRule[], actor: Actor): string {
  const needsCentre = rules.some((rule) => (CENTRE_ROLES as string[]).includes(rule));
  if (needsCentre && !actor.centreId) {
    return 'Velg et senter først (switchCentre) for å gjøre dette.';
  }
  return 'Rollen din gir ikke tilgang til dette.';
}

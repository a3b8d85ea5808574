import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { QueryRunner } from 'typeorm';

import { ForbiddenError, UnauthenticatedError } from '@link/shared/errors';

import type { Actor, SignedInActor } from './actor';

export interface OpenTransaction {
  runner: QueryRunner;
  /** Settles once BEGIN and the tenant settings have run. */
  ready: Promise<void>;
  /** The centre and user the transaction's settings hold now ('' for none). */
  applied: { centreId: string; userId: string };
}

/** The request's verified actor. Nothing else in the code base decides who is asking. */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService) {}

  get actor(): Actor | undefined {
    return this.cls.isActive() ? this.cls.get<Actor | undefined>('actor') : undefined;
  }

  requireActor(): Actor {
    const actor = this.actor;
    if (!actor) throw new UnauthenticatedError();
    return actor;
  }

  /** The signed-in actor; a public-form request or no token fails. */
  requireSignedIn(): SignedInActor {
    const actor = this.requireActor();
    if (!actor.userId || !actor.sessionId) throw new UnauthenticatedError();
    return actor as SignedInActor;
  }

  /** The active centre; fails closed when there is none. */
  requireCentreId(): string {
    const centreId = this.requireActor().centreId;
    if (!centreId) {
      throw new ForbiddenError('Velg et senter først (switchCentre) for å gjøre dette.');
    }
    return centreId;
  }
}

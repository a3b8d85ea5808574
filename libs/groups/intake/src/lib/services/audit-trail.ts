import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';

import { AuditEntryEntity } from '../entities/privacy.entities';

/** What was done to or with a person's data. Details name fields and ids, never values. */
export type AuditAction =
  | 'CONTACT_DETAILS_READ'
  | 'INQUIRY_MESSAGE_READ'
  | 'PARTICIPANT_CREATED'
  | 'PARTICIPANT_UPDATED'
  | 'INQUIRY_REGISTERED'
  | 'INQUIRY_UPDATED'
  | 'CONSENT_RECORDED'
  | 'CONSENT_WITHDRAWN'
  | 'PARTICIPANT_REFERRED'
  | 'PARTICIPANT_EXPORTED'
  | 'PARTICIPANT_ERASED'
  | 'PARTICIPANT_ERASED_BY_RETENTION'
  | 'GROUP_MEMBER_ADDED'
  | 'GROUP_MEMBER_LEFT';

@Injectable()
export class AuditTrail {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async record(
    action: AuditAction,
    participantId: string | null,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.db.scoped(AuditEntryEntity).insert({
      occurredAt: new Date(),
      actorUserId: this.context.actor?.userId ?? null,
      action,
      participantId,
      details,
    });
  }

  /** Several entries in one insert (a list that reads many people's data at once). */
  async recordMany(
    entries: {
      action: AuditAction;
      participantId: string | null;
      details?: Record<string, unknown>;
    }[],
  ): Promise<void> {
    const occurredAt = new Date();
    const actorUserId = this.context.actor?.userId ?? null;
    await this.db.scoped(AuditEntryEntity).insertMany(
      entries.map(({ action, participantId, details = {} }) => ({
        occurredAt,
        actorUserId,
        action,
        participantId,
        details,
      })),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, NotFoundError } from '@link/shared/errors';

import { ConsentEntity } from '../entities/consent.entity';
import { ConsentKind } from '../intake.enums';
import type { ConsentModel } from '../models/participant.model';
import { AuditTrail } from './audit-trail';
import { ParticipantsService } from './participants.service';
import { PrivacyService } from './privacy.service';

/**
 * What a person agreed to, when, and who wrote it down. Withdrawing a consent erases what
 * depended on it: target groups for KEEP_TARGET_GROUP_DATA, the whole person for KEEP_DATA.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly participants: ParticipantsService,
    private readonly privacy: PrivacyService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get consents() {
    return this.db.scoped(ConsentEntity);
  }

  async of(participantId: string): Promise<ConsentModel[]> {
    const rows = await this.consents.find({ where: { participantId }, order: { givenAt: 'ASC' } });
    return rows.map(toConsentModel);
  }

  /** `of` for several people at once (`IntakeLoaders`), in one query. */
  async ofParticipants(
    participantIds: string[],
  ): Promise<(ConsentModel & { participantId: string })[]> {
    const rows = await this.consents.find({
      where: { participantId: In(participantIds) },
      order: { givenAt: 'ASC' },
    });
    return rows.map((row) => ({ ...toConsentModel(row), participantId: row.participantId }));
  }

  async record(
    participantId: string,
    kind: ConsentKind,
    givenAt = new Date(),
  ): Promise<ConsentModel> {
    await this.participants.require(participantId);
    if (await this.participants.hasConsent(participantId, kind)) {
      throw new ConflictError('Samtykket er allerede registrert.');
    }
    const consent = await this.consents.insert({
      participantId,
      kind,
      givenAt,
      recordedBy: this.context.actor?.userId ?? null,
      withdrawnAt: null,
    });
    await this.participants.touch([participantId]);
    await this.audit.record('CONSENT_RECORDED', participantId, { kind });
    return toConsentModel(consent);
  }

  /** Returns true when the person was erased as a consequence. */
  async withdraw(participantId: string, kind: ConsentKind): Promise<boolean> {
    await this.participants.require(participantId);
    const changed = await this.consents.update(
      { participantId, kind, withdrawnAt: IsNull() },
      { withdrawnAt: new Date() },
    );
    if (changed === 0) throw new NotFoundError('et aktivt samtykke av den typen');
    await this.audit.record('CONSENT_WITHDRAWN', participantId, { kind });
    if (kind === ConsentKind.KEEP_DATA) {
      await this.privacy.erase(participantId, 'CONSENT_WITHDRAWN');
      return true;
    }
    if (kind === ConsentKind.KEEP_TARGET_GROUP_DATA) {
      await this.participants.participants.update({ id: participantId }, { targetGroups: [] });
    }
    return false;
  }
}

function toConsentModel(row: ConsentEntity): ConsentModel {
  return {
    id: row.id,
    kind: row.kind,
    givenAt: row.givenAt,
    withdrawnAt: row.withdrawnAt,
    active: row.withdrawnAt === null,
  };
}

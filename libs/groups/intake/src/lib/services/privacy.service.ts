import { Injectable, Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { IsNull, LessThan, Not } from 'typeorm';

import { PersonalDataCipher } from '@link/platform/crypto';
import { CentreEntity, RequestTransaction, TenantDatabase } from '@link/platform/tenancy';
import { NotFoundError } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import { ConsentEntity } from '../entities/consent.entity';
import { ReferralEntity, ServiceEntity } from '../entities/directory.entities';
import { InquiryEntity } from '../entities/inquiry.entity';
import { ParticipantEntity } from '../entities/participant.entity';
import {
  AnonymousInquiryRecordEntity,
  AuditEntryEntity,
  CentreSettingsEntity,
} from '../entities/privacy.entities';
import { ConsentKind, ParticipantStatus } from '../intake.enums';
import { AuditTrail } from './audit-trail';
import { CentreFacts } from './centre-facts';
import { participantNotFound } from './participants.service';
import { ageBand } from './person-facts';

export const DEFAULT_RETENTION_MONTHS = 24;
export type ErasureReason = 'REQUEST' | 'RETENTION' | 'CONSENT_WITHDRAWN';

/** Erasure, export (right of access), retention, and the audit trail's reading side. */
@Injectable()
export class PrivacyService {
  private readonly logger = new Logger(PrivacyService.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
    private readonly centre: CentreFacts,
  ) {}

  /**
   * Removes the person for good. What the aggregates need survives as one anonymous record per
   * inquiry (month, age band, municipality, channel, how heard, consented target groups,
   * outcome), with no column that leads back to the person.
   */
  async erase(participantId: string, reason: ErasureReason): Promise<void> {
    const participant = await this.db.scoped(ParticipantEntity).findOne({ id: participantId });
    if (!participant) throw participantNotFound();
    const { timeZone } = await this.centre.current();
    const consented =
      (await this.db.scoped(ConsentEntity).count({
        participantId,
        kind: ConsentKind.KEEP_TARGET_GROUP_DATA,
        withdrawnAt: IsNull(),
      })) > 0 && reason !== 'CONSENT_WITHDRAWN';
    const inquiries = await this.db.scoped(InquiryEntity).find({ where: { participantId } });
    for (const inquiry of inquiries) {
      await this.db.scoped(AnonymousInquiryRecordEntity).insert({
        inquiryMonth: DateTime.fromJSDate(inquiry.receivedAt, { zone: timeZone })
          .startOf('month')
          .toISODate() as string,
        ageBand: ageBand(participant.birthYear, inquiry.receivedAt),
        municipality: participant.municipality,
        channel: inquiry.channel,
        heardVia: inquiry.heardVia,
        targetGroups: consented ? participant.targetGroups : [],
        outcome: inquiry.outcome,
      });
    }
    // Inquiries, consents and referrals go with the person (ON DELETE CASCADE).
    await this.db.scoped(ParticipantEntity).delete({ id: participantId });
    await this.audit.record(
      reason === 'RETENTION' ? 'PARTICIPANT_ERASED_BY_RETENTION' : 'PARTICIPANT_ERASED',
      participantId,
      {
        reason,
        anonymousRecords: inquiries.length,
      },
    );
  }

  /** Everything the centre holds about one person, decrypted: the right of access. */
  async export(participantId: string): Promise<Record<string, unknown>> {
    const participant = await this.db.scoped(ParticipantEntity).findOne({ id: participantId });
    if (!participant) throw participantNotFound();
    const [inquiries, consents, referrals, services] = await Promise.all([
      this.db
        .scoped(InquiryEntity)
        .find({ where: { participantId }, order: { receivedAt: 'ASC' } }),
      this.db.scoped(ConsentEntity).find({ where: { participantId }, order: { givenAt: 'ASC' } }),
      this.db
        .scoped(ReferralEntity)
        .find({ where: { participantId }, order: { referredAt: 'ASC' } }),
      this.db.scoped(ServiceEntity).find(),
    ]);
    const serviceName = new Map(services.map((s) => [s.id, s.name]));
    const { name } = await this.centre.current();
    await this.audit.record('PARTICIPANT_EXPORTED', participantId);
    const decrypt = (value: string | null) => (value ? this.cipher.decrypt(value) : null);
    const {
      tenantId: _tenantId,
      phoneCiphertext,
      emailCiphertext,
      phoneHash: _p,
      emailHash: _e,
      ...person
    } = participant;
    return {
      exportedAt: new Date().toISOString(),
      centre: name,
      person: { ...person, phone: decrypt(phoneCiphertext), email: decrypt(emailCiphertext) },
      inquiries: inquiries.map(({ tenantId: _t, messageCiphertext, ...inquiry }) => ({
        ...inquiry,
        message: decrypt(messageCiphertext),
      })),
      consents: consents.map(({ tenantId: _t, participantId: _p2, ...consent }) => consent),
      referrals: referrals.map((r) => ({
        service: serviceName.get(r.serviceId),
        referredAt: r.referredAt,
      })),
    };
  }

  async auditEntries(page: PageArgs, participantId?: string): Promise<Page<AuditEntryEntity>> {
    const [rows, total] = await this.db.scoped(AuditEntryEntity).findAndCount({
      where: participantId ? { participantId } : {},
      order: { occurredAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    // A person the centre never had (or another centre's) looks like any unknown id.
    if (participantId && total === 0) throw new NotFoundError('logg for personen');
    return toPage(rows, total, page);
  }

  async retentionMonths(): Promise<number> {
    const settings = await this.db.scoped(CentreSettingsEntity).findOne({});
    return settings?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
  }

  async setRetentionMonths(months: number): Promise<number> {
    const settings = this.db.scoped(CentreSettingsEntity);
    const existing = await settings.findOne({});
    if (existing)
      await settings.update(
        { id: existing.id },
        { retentionMonths: months, updatedAt: new Date() },
      );
    else await settings.insert({ retentionMonths: months, updatedAt: new Date() });
    return months;
  }

  /** Erases, in the active centre, everyone without activity for the retention period. */
  async eraseInactive(now = new Date()): Promise<number> {
    const months = await this.retentionMonths();
    const cutoff = DateTime.fromJSDate(now).minus({ months }).toJSDate();
    // Being in a group is ongoing activity, whatever the last recorded change.
    const stale = await this.db.scoped(ParticipantEntity).find({
      where: { lastActivityAt: LessThan(cutoff), status: Not(ParticipantStatus.IN_GROUP) },
      select: { id: true, tenantId: true },
    });
    for (const { id } of stale) await this.erase(id, 'RETENTION');
    return stale.length;
  }

  /** The scheduled job: every centre, each in its own transaction and centre context. */
  async runRetention(): Promise<Record<string, number>> {
    const centres = await this.transaction.run(undefined, async () =>
      (await this.db.platform(CentreEntity)).find(),
    );
    const erased: Record<string, number> = {};
    for (const centre of centres) {
      erased[centre.slug] = await this.transaction.run(
        {
          userId: null,
          sessionId: null,
          centreId: centre.id,
          centreRole: null,
          platformRole: null,
        },
        () => this.eraseInactive(),
      );
      if (erased[centre.slug] > 0)
        this.logger.log(`Retention erased ${erased[centre.slug]} in ${centre.slug}`);
    }
    return erased;
  }
}

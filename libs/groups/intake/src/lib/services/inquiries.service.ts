import { Injectable } from '@nestjs/common';

import { PersonalDataCipher } from '@link/platform/crypto';
import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, NotFoundError } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { RegisterInquiryInput, UpdateInquiryInput } from '../dto/inquiry.inputs';
import { PartnerEntity } from '../entities/directory.entities';
import { InquiryEntity } from '../entities/inquiry.entity';
import type { ParticipantEntity } from '../entities/participant.entity';
import {
  INQUIRY_OUTCOME_NAMES,
  InquiryOutcome,
  InquirySource,
  ParticipantStatus,
} from '../intake.enums';
import type { InquiryDeadlineModel, InquiryModel } from '../models/inquiry.model';
import { AuditTrail } from './audit-trail';
import { CentreFacts } from './centre-facts';
import { ParticipantsService } from './participants.service';
import {
  answerState,
  conversationHeldState,
  conversationState,
  promiseDeadlines,
} from './promises';

const inquiryNotFound = () => new NotFoundError('henvendelsen');

/** Allowed clock skew for "not in the future". */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const STATUS_AFTER: Record<InquiryOutcome, ParticipantStatus> = {
  [InquiryOutcome.JOINED_WAITLIST]: ParticipantStatus.WAITING,
  [InquiryOutcome.REFERRED_ELSEWHERE]: ParticipantStatus.REFERRED,
  [InquiryOutcome.NOT_NOW]: ParticipantStatus.ENDED,
  [InquiryOutcome.NO_ANSWER]: ParticipantStatus.ENDED,
};

export interface NewInquiry {
  receivedAt: Date;
  source: InquirySource;
  channel: RegisterInquiryInput['channel'];
  heardVia?: RegisterInquiryInput['heardVia'];
  referringPartnerId?: string;
  preferredContactTimes?: string;
  message?: string;
}

@Injectable()
export class InquiriesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly participants: ParticipantsService,
    private readonly centre: CentreFacts,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get inquiries() {
    return this.db.scoped(InquiryEntity);
  }

  /** A coordinator registers an inquiry: for a new person, or one the centre knows. */
  async register(input: RegisterInquiryInput): Promise<InquiryModel> {
    if (Boolean(input.person) === Boolean(input.participantId)) {
      throw new BadUserInputError('Oppgi enten en ny person eller en kjent person.', [
        { field: 'person', messages: ['Gi enten person eller participantId, ikke begge.'] },
      ]);
    }
    const receivedAt = input.receivedAt ?? new Date();
    assertNotFuture(receivedAt, 'receivedAt');
    if (input.referringPartnerId) await this.requirePartner(input.referringPartnerId);
    const participant = input.person
      ? await this.participants.create(input.person)
      : await this.participants.require(input.participantId as string);
    const inquiry = await this.create(participant, {
      receivedAt,
      source: InquirySource.STAFF,
      channel: input.channel,
      heardVia: input.heardVia,
      referringPartnerId: input.referringPartnerId,
      preferredContactTimes: input.preferredContactTimes,
    });
    return toInquiryModel(inquiry);
  }

  async create(participant: ParticipantEntity, values: NewInquiry): Promise<InquiryEntity> {
    const { timeZone } = await this.centre.current();
    const inquiry = await this.inquiries.insert({
      participantId: participant.id,
      source: values.source,
      receivedAt: values.receivedAt,
      channel: values.channel,
      heardVia: values.heardVia ?? null,
      referringPartnerId: values.referringPartnerId ?? null,
      preferredContactTimes: values.preferredContactTimes ?? null,
      messageCiphertext: values.message ? this.cipher.encrypt(values.message) : null,
      ...promiseDeadlines(values.receivedAt, timeZone),
      createdBy: this.context.actor?.userId ?? null,
    });
    await this.participants.touch([participant.id]);
    await this.audit.record('INQUIRY_REGISTERED', participant.id, { inquiryId: inquiry.id });
    return inquiry;
  }

  async update(input: UpdateInquiryInput): Promise<InquiryModel> {
    const inquiry = await this.require(input.id);
    const changes: Partial<InquiryEntity> = {};
    const fields = [
      'firstAnswerAt',
      'conversationInvitedAt',
      'conversationBookedFor',
      'conversationHeldAt',
    ] as const;
    for (const field of fields) {
      const value = input[field];
      if (value === undefined) continue;
      // An explicit null clears the time (it was set by mistake).
      if (value === null) {
        changes[field] = null;
        continue;
      }
      if (field !== 'conversationBookedFor') assertNotFuture(value, field);
      if (value.getTime() < inquiry.receivedAt.getTime()) {
        throw new BadUserInputError('Tidspunktet er før henvendelsen kom inn.', [
          { field, messages: ['Kan ikke være før henvendelsen kom inn.'] },
        ]);
      }
      changes[field] = value;
    }
    // Booking a conversation is inviting to it: record when, unless it was recorded already.
    if (
      changes.conversationBookedFor &&
      !inquiry.conversationInvitedAt &&
      input.conversationInvitedAt === undefined
    ) {
      changes.conversationInvitedAt = new Date();
    }
    if (input.outcome === null && inquiry.outcome) {
      throw new BadUserInputError('Et avsluttet utfall kan ikke fjernes.', [
        {
          field: 'outcome',
          messages: [`Utfallet er allerede «${INQUIRY_OUTCOME_NAMES[inquiry.outcome]}».`],
        },
      ]);
    }
    if (input.outcome !== undefined && input.outcome !== null) {
      if (inquiry.outcome) {
        throw new BadUserInputError('Henvendelsen er allerede avsluttet.', [
          {
            field: 'outcome',
            messages: [`Utfallet er allerede «${INQUIRY_OUTCOME_NAMES[inquiry.outcome]}».`],
          },
        ]);
      }
      changes.outcome = input.outcome;
      changes.closedAt = new Date();
      await this.participants.setStatus(inquiry.participantId, STATUS_AFTER[input.outcome]);
    }
    await this.inquiries.update({ id: inquiry.id }, changes);
    await this.participants.touch([inquiry.participantId]);
    await this.audit.record('INQUIRY_UPDATED', inquiry.participantId, {
      inquiryId: inquiry.id,
      fields: Object.keys(changes).sort(),
    });
    return toInquiryModel(await this.require(inquiry.id));
  }

  async get(id: string): Promise<InquiryModel> {
    return toInquiryModel(await this.require(id));
  }

  async list(page: PageArgs, open?: boolean, participantId?: string): Promise<Page<InquiryModel>> {
    const query = (await this.inquiries.queryBuilder('inquiry'))
      .orderBy('inquiry.receivedAt', 'DESC')
      .addOrderBy('inquiry.id')
      .skip(page.offset)
      .take(page.limit);
    if (open !== undefined)
      query.andWhere(open ? 'inquiry.outcome IS NULL' : 'inquiry.outcome IS NOT NULL');
    if (participantId) query.andWhere('inquiry.participantId = :participantId', { participantId });
    const [rows, total] = await query.getManyAndCount();
    return toPage(
      rows.map((row) => toInquiryModel(row)),
      total,
      page,
    );
  }

  /**
   * Promises that are overdue or fall due within `withinHours`, most urgent (earliest) first:
   * the coordinator's list for the day.
   */
  async deadlines(withinHours: number): Promise<InquiryDeadlineModel[]> {
    const manager = await this.db.manager();
    const horizon = new Date(Date.now() + withinHours * 3600_000);
    const rows = await manager.query<
      { id: string; promise: 'ANSWER' | 'CONVERSATION'; due_at: Date; display_name: string }[]
    >(
      `SELECT i.id, d.promise, d.due_at, p.display_name
         FROM inquiries i
         JOIN participants p ON p.tenant_id = i.tenant_id AND p.id = i.participant_id
         CROSS JOIN LATERAL (VALUES
           ('ANSWER', i.answer_due_at, i.first_answer_at IS NULL),
           ('CONVERSATION', i.conversation_due_at,
            i.conversation_invited_at IS NULL AND i.conversation_held_at IS NULL)
         ) AS d(promise, due_at, open)
        WHERE i.tenant_id = $1 AND i.outcome IS NULL AND d.open AND d.due_at <= $2
        ORDER BY d.due_at, i.id
        LIMIT 500`,
      [this.context.requireCentreId(), horizon],
    );
    if (rows.length === 0) return [];
    const inquiries = await this.inquiries.find({ where: rows.map((row) => ({ id: row.id })) });
    const byId = new Map(inquiries.map((inquiry) => [inquiry.id, toInquiryModel(inquiry)]));
    const now = Date.now();
    return rows.map((row) => ({
      inquiry: byId.get(row.id) as InquiryModel,
      promise: row.promise,
      dueAt: row.due_at,
      overdue: row.due_at.getTime() < now,
      displayName: row.display_name,
    }));
  }

  /** The public form's message, decrypted and audited. */
  async message(id: string): Promise<string | null> {
    const inquiry = await this.require(id);
    if (!inquiry.messageCiphertext) return null;
    await this.audit.record('INQUIRY_MESSAGE_READ', inquiry.participantId, { inquiryId: id });
    return this.cipher.decrypt(inquiry.messageCiphertext);
  }

  private async require(id: string): Promise<InquiryEntity> {
    const inquiry = await this.inquiries.findOne({ id });
    if (!inquiry) throw inquiryNotFound();
    return inquiry;
  }

  private async requirePartner(id: string): Promise<void> {
    if (!(await this.db.scoped(PartnerEntity).findOne({ id }))) {
      throw new BadUserInputError('Fant ikke samarbeidspartneren.', [
        { field: 'referringPartnerId', messages: ['Ukjent samarbeidspartner.'] },
      ]);
    }
  }
}

function assertNotFuture(value: Date, field: string): void {
  if (value.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw new BadUserInputError('Tidspunktet kan ikke være i fremtiden.', [
      { field, messages: ['Kan ikke være i fremtiden.'] },
    ]);
  }
}

export function toInquiryModel(row: InquiryEntity, now = new Date()): InquiryModel {
  return {
    id: row.id,
    participantId: row.participantId,
    source: row.source,
    receivedAt: row.receivedAt,
    channel: row.channel,
    heardVia: row.heardVia,
    referringPartnerId: row.referringPartnerId,
    preferredContactTimes: row.preferredContactTimes,
    hasMessage: row.messageCiphertext !== null,
    answerDueAt: row.answerDueAt,
    conversationDueAt: row.conversationDueAt,
    firstAnswerAt: row.firstAnswerAt,
    conversationInvitedAt: row.conversationInvitedAt,
    conversationBookedFor: row.conversationBookedFor,
    conversationHeldAt: row.conversationHeldAt,
    outcome: row.outcome,
    answerState: answerState(row, now),
    conversationState: conversationState(row, now),
    conversationHeldState: conversationHeldState(row, now),
  };
}

import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import { consumeOrRefuse, RateLimits } from '@link/platform/auth';
import { Environment } from '@link/platform/config';
import { CentreEntity, RequestTransaction, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import type { InterestFormInput } from '../dto/interest-form.input';
import { InquiryChannel, InquirySource } from '../intake.enums';
import { InquiriesService } from './inquiries.service';
import { ParticipantsService } from './participants.service';

/** What every accepted form gets back: the same words, whoever the person is. */
export const INTEREST_RECEIPT = 'Takk! Vi har fått henvendelsen din og tar kontakt innen ett døgn.';

/**
 * The public interest form. It always creates a new inquiry and answers with the same receipt,
 * so it cannot be used to learn whether someone is already known to a centre (duplicates are
 * found by staff, by keyed hash). Throttled per IP address; a filled honeypot is ignored quietly.
 */
@Injectable()
export class InterestFormService {
  private readonly perIp: RateLimiterAbstract;

  constructor(
    environment: Environment,
    limits: RateLimits,
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
    private readonly participants: ParticipantsService,
    private readonly inquiries: InquiriesService,
  ) {
    this.perIp = limits.create({
      keyPrefix: 'interest-form',
      points: environment.INTEREST_FORM_MAX_PER_IP,
      durationSeconds: 3600,
    });
  }

  async submit(input: InterestFormInput, ip: string): Promise<string> {
    await this.throttle(ip);
    if (input.website) return INTEREST_RECEIPT;
    if (!input.phone && !input.email) {
      throw new BadUserInputError('Oppgi telefonnummer eller e-post, så vi kan ta kontakt.', [
        { field: 'phone', messages: ['Telefonnummer eller e-post er påkrevd.'] },
      ]);
    }
    const centres = await this.db.platform(CentreEntity);
    const centre = await centres.findOneBy({ slug: input.centre, kind: 'CENTRE' });
    if (!centre) {
      throw new BadUserInputError('Ukjent senter.', [
        { field: 'centre', messages: ['Ukjent senter.'] },
      ]);
    }
    await this.transaction.actAs({
      userId: null,
      sessionId: null,
      centreId: centre.id,
      centreRole: null,
      platformRole: null,
    });
    const participant = await this.participants.create(
      { displayName: input.firstName, phone: input.phone, email: input.email },
      '',
    );
    await this.inquiries.create(participant, {
      receivedAt: new Date(),
      source: InquirySource.PUBLIC_FORM,
      channel: InquiryChannel.WEB_FORM,
      preferredContactTimes: input.preferredTimes,
      message: input.message,
    });
    return INTEREST_RECEIPT;
  }

  private throttle(ip: string): Promise<void> {
    return consumeOrRefuse(
      this.perIp,
      ip,
      () =>
        'Vi har fått mange henvendelser fra denne adressen. Prøv igjen senere, eller ring senteret.',
    );
  }
}

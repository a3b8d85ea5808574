import { Injectable } from '@nestjs/common';

import { RequestLoaders } from '@link/platform/tenancy';

import type { ReferralModel } from '../models/directory.models';
import type {
  ConsentModel,
  ContactDetailsModel,
  ParticipantModel,
} from '../models/participant.model';
import { ConsentsService } from './consents.service';
import { DirectoryService } from './directory.service';
import { ParticipantsService, participantNotFound } from './participants.service';

/**
 * What a person's fields resolve, batched over every person of the request (a page of
 * participants, the waitlist, inquiries): one query per relation, whatever the number of people.
 * The batches run the services' own queries, in the request transaction, under row-level
 * security; reading contact details still writes one audit entry per person read.
 */
@Injectable()
export class IntakeLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly participants: ParticipantsService,
    private readonly consents: ConsentsService,
    private readonly directory: DirectoryService,
  ) {}

  consentsOf(participantId: string): Promise<ConsentModel[]> {
    return this.loaders
      .many(
        'participant-consents',
        (ids: string[]) => this.consents.ofParticipants(ids),
        (consent) => consent.participantId,
      )
      .load(participantId);
  }

  referralsOf(participantId: string): Promise<ReferralModel[]> {
    return this.loaders
      .many(
        'participant-referrals',
        (ids: string[]) => this.directory.referralsOfParticipants(ids),
        (referral) => referral.participantId,
      )
      .load(participantId);
  }

  possibleDuplicatesOf(participantId: string): Promise<ParticipantModel[]> {
    return this.loaders
      .get<string, ParticipantModel[]>('participant-duplicates', async (ids) => {
        const duplicates = await this.participants.possibleDuplicatesOf([...new Set(ids)]);
        return ids.map((id) => duplicates.get(id) ?? participantNotFound());
      })
      .load(participantId);
  }

  contactOf(participantId: string): Promise<ContactDetailsModel> {
    return this.loaders
      .get<string, ContactDetailsModel>('participant-contact', async (ids) => {
        const contacts = await this.participants.contactDetailsOf([...new Set(ids)]);
        return ids.map((id) => contacts.get(id) ?? participantNotFound());
      })
      .load(participantId);
  }
}

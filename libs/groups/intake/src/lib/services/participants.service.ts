import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';

import { PersonalDataCipher } from '@link/platform/crypto';
import { RequestLoaders, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, NotFoundError } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { PersonInput, PreferencesInput, UpdateParticipantInput } from '../dto/person.inputs';
import { ConsentEntity } from '../entities/consent.entity';
import { ParticipantEntity } from '../entities/participant.entity';
import { ConsentKind, ParticipantStatus } from '../intake.enums';
import type { ContactDetailsModel, ParticipantModel } from '../models/participant.model';
import { AuditTrail } from './audit-trail';
import { CentreFacts } from './centre-facts';
import { toParticipantModel } from './participant-rows';
import { normaliseEmail, normalisePhone } from './person-facts';

export const participantNotFound = () => new NotFoundError('personen');

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditTrail,
    private readonly centre: CentreFacts,
    private readonly loaders: RequestLoaders,
  ) {}

  get participants() {
    return this.db.scoped(ParticipantEntity);
  }

  async create(person: PersonInput, fieldPrefix = 'person'): Promise<ParticipantEntity> {
    const values = await this.personValues(person, fieldPrefix);
    const participant = await this.participants.insert({
      status: ParticipantStatus.INQUIRY,
      languages: [],
      preferredTimesOfDay: [],
      preferredWeekdays: [],
      targetGroups: [],
      lastActivityAt: new Date(),
      ...values,
      displayName: person.displayName,
    });
    await this.audit.record('PARTICIPANT_CREATED', participant.id);
    return participant;
  }

  async update(id: string, input: UpdateParticipantInput): Promise<ParticipantModel> {
    await this.require(id);
    const { id: _id, targetGroups: _groups, ...person } = input;
    const values = await this.personValues(person, '');
    if (input.targetGroups === null) values.targetGroups = [];
    if (input.targetGroups !== undefined && input.targetGroups !== null) {
      if (
        input.targetGroups.length > 0 &&
        !(await this.hasConsent(id, ConsentKind.KEEP_TARGET_GROUP_DATA))
      ) {
        throw new BadUserInputError('Målgrupper kan bare lagres med samtykke.', [
          {
            field: 'targetGroups',
            messages: ['Registrer samtykket KEEP_TARGET_GROUP_DATA først.'],
          },
        ]);
      }
      values.targetGroups = input.targetGroups;
    }
    if (input.displayName === null) {
      throw new BadUserInputError('Personen må ha et navn.', [
        { field: 'displayName', messages: ['Skriv inn fornavn eller kallenavn.'] },
      ]);
    }
    if (input.displayName !== undefined) values.displayName = input.displayName;
    await this.participants.update({ id }, { ...values, lastActivityAt: new Date() });
    await this.audit.record('PARTICIPANT_UPDATED', id, { fields: Object.keys(values).sort() });
    return this.get(id);
  }

  async require(id: string): Promise<ParticipantEntity> {
    const participant = await this.participants.findOne({ id });
    if (!participant) throw participantNotFound();
    return participant;
  }

  async get(id: string): Promise<ParticipantModel> {
    return toParticipantModel(await this.require(id));
  }

  /** The same as `get`, batched with the other lookups of this request (one query per list). */
  load(id: string): Promise<ParticipantModel> {
    return this.loaders
      .get<string, ParticipantModel>('participants', async (ids) => {
        const rows = await this.participants.find({ where: ids.map((one) => ({ id: one })) });
        const byId = new Map(rows.map((row) => [row.id, toParticipantModel(row)]));
        return ids.map((one) => byId.get(one) ?? participantNotFound());
      })
      .load(id);
  }

  async list(page: PageArgs, status?: ParticipantStatus): Promise<Page<ParticipantModel>> {
    const [rows, total] = await this.participants.findAndCount({
      where: status ? { status } : {},
      order: { displayName: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(rows.map(toParticipantModel), total, page);
  }

  /** Decrypts the contact details, and writes down who read them. */
  async contactDetails(id: string): Promise<ContactDetailsModel> {
    const participant = await this.require(id);
    await this.audit.record('CONTACT_DETAILS_READ', id);
    return {
      phone: participant.phoneCiphertext ? this.cipher.decrypt(participant.phoneCiphertext) : null,
      email: participant.emailCiphertext ? this.cipher.decrypt(participant.emailCiphertext) : null,
    };
  }

  /** Others in the centre with the same phone number or e-mail (by keyed hash, no decryption). */
  async possibleDuplicates(id: string): Promise<ParticipantModel[]> {
    const participant = await this.require(id);
    const matches = [
      participant.phoneHash && { phoneHash: participant.phoneHash },
      participant.emailHash && { emailHash: participant.emailHash },
    ].filter((m): m is { phoneHash: string } | { emailHash: string } => Boolean(m));
    if (matches.length === 0) return [];
    const rows = await this.participants.find({ where: matches, order: { createdAt: 'ASC' } });
    return rows.filter((row) => row.id !== id).map(toParticipantModel);
  }

  /**
   * `possibleDuplicates` for several people at once (`IntakeLoaders`): two queries, whatever the
   * number of people.
   */
  async possibleDuplicatesOf(ids: string[]): Promise<Map<string, ParticipantModel[]>> {
    const people = await this.participants.find({ where: { id: In(ids) } });
    const hashes = (key: 'phoneHash' | 'emailHash') =>
      people.map((p) => p[key]).filter((hash): hash is string => Boolean(hash));
    const others = await this.participants.find({
      where: [{ phoneHash: In(hashes('phoneHash')) }, { emailHash: In(hashes('emailHash')) }],
      order: { createdAt: 'ASC' },
    });
    const same = (a: string | null, b: string | null) => a !== null && a === b;
    return new Map(
      people.map((person) => [
        person.id,
        others
          .filter(
            (row) =>
              row.id !== person.id &&
              (same(person.phoneHash, row.phoneHash) || same(person.emailHash, row.emailHash)),
          )
          .map(toParticipantModel),
      ]),
    );
  }

  /**
   * `contactDetails` for several people at once (`IntakeLoaders`): one query for the people and
   * one insert for all their audit entries.
   */
  async contactDetailsOf(ids: string[]): Promise<Map<string, ContactDetailsModel>> {
    const people = await this.participants.find({ where: { id: In(ids) } });
    await this.audit.recordMany(
      people.map((person) => ({ action: 'CONTACT_DETAILS_READ', participantId: person.id })),
    );
    return new Map(
      people.map((person) => [
        person.id,
        {
          phone: person.phoneCiphertext ? this.cipher.decrypt(person.phoneCiphertext) : null,
          email: person.emailCiphertext ? this.cipher.decrypt(person.emailCiphertext) : null,
        },
      ]),
    );
  }

  async hasConsent(participantId: string, kind: ConsentKind): Promise<boolean> {
    const consents = this.db.scoped(ConsentEntity);
    return (await consents.count({ participantId, kind, withdrawnAt: IsNull() })) > 0;
  }

  async setStatus(id: string, status: ParticipantStatus): Promise<void> {
    const participant = await this.require(id);
    const waitingSince =
      status === ParticipantStatus.WAITING ? (participant.waitingSince ?? new Date()) : null;
    await this.participants.update({ id }, { status, waitingSince, lastActivityAt: new Date() });
  }

  async touch(ids: string[]): Promise<void> {
    if (ids.length > 0)
      await this.participants.update({ id: In(ids) }, { lastActivityAt: new Date() });
  }

  /** The columns a person input sets, with contact details encrypted and hashed. */
  private async personValues(person: Partial<PersonInput>, prefix: string) {
    const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
    const values: Partial<ParticipantEntity> = {};
    // An explicit null clears an optional detail (a changed mind, a number given by mistake).
    if (person.phone === null) Object.assign(values, { phoneCiphertext: null, phoneHash: null });
    if (person.email === null) Object.assign(values, { emailCiphertext: null, emailHash: null });
    if (person.municipality === null) values.municipality = null;
    if (person.languages === null) values.languages = [];
    if (person.phone !== undefined && person.phone !== null) {
      const phone = normalisePhone(person.phone);
      if (!phone)
        throw new BadUserInputError('Telefonnummeret er ikke gyldig.', [
          { field: field('phone'), messages: ['Skriv inn et gyldig telefonnummer.'] },
        ]);
      values.phoneCiphertext = this.cipher.encrypt(phone);
      values.phoneHash = this.cipher.lookupHash('phone', phone);
    }
    if (person.email !== undefined && person.email !== null) {
      const email = normaliseEmail(person.email);
      values.emailCiphertext = this.cipher.encrypt(email);
      values.emailHash = this.cipher.lookupHash('email', email);
    }
    if (person.birthYear !== undefined) values.birthYear = person.birthYear;
    if (person.gender !== undefined) values.gender = person.gender;
    if (person.municipality !== undefined && person.municipality !== null) {
      values.municipality = await this.centre.municipality(
        person.municipality,
        field('municipality'),
      );
    }
    if (person.languages !== undefined && person.languages !== null)
      values.languages = [...new Set(person.languages.map((l) => l.trim()))];
    if (person.preferences)
      Object.assign(values, preferenceValues(person.preferences, field('preferences')));
    return values;
  }
}

function preferenceValues(
  preferences: PreferencesInput,
  field: string,
): Partial<ParticipantEntity> {
  const { ageRangeMin, ageRangeMax } = preferences;
  if (ageRangeMin !== undefined && ageRangeMax !== undefined && ageRangeMin > ageRangeMax) {
    throw new BadUserInputError('Aldersspennet er snudd.', [
      {
        field: `${field}.ageRangeMax`,
        messages: ['Høyeste alder må være minst like høy som laveste.'],
      },
    ]);
  }
  if (preferences.composition === 'THEMED' && !preferences.theme) {
    throw new BadUserInputError('Oppgi temaet for en tematisk gruppe.', [
      { field: `${field}.theme`, messages: ['Påkrevd når sammensetningen er tematisk.'] },
    ]);
  }
  const values: Partial<ParticipantEntity> = {};
  // An empty list is a choice (no wish left); null, like a list left out, changes nothing.
  if (preferences.timesOfDay != null) values.preferredTimesOfDay = preferences.timesOfDay;
  if (preferences.weekdays != null) values.preferredWeekdays = preferences.weekdays;
  if (preferences.format !== undefined) values.preferredFormat = preferences.format;
  if (preferences.composition !== undefined) values.preferredComposition = preferences.composition;
  if (preferences.theme !== undefined) values.preferredTheme = preferences.theme;
  if (preferences.genderMix !== undefined) values.genderMixWish = preferences.genderMix;
  if (ageRangeMin !== undefined) values.ageRangeMin = ageRangeMin;
  if (ageRangeMax !== undefined) values.ageRangeMax = ageRangeMax;
  if (preferences.notes !== undefined) values.compositionNotes = preferences.notes;
  return values;
}

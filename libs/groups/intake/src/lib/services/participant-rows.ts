import type { ParticipantEntity } from '../entities/participant.entity';
import type { TargetGroup } from '../intake.enums';
import type { ParticipantModel } from '../models/participant.model';
import { ageBand } from './person-facts';

/** What a person's row shows: without the centre, the contact hashes and the update time. */
export type ParticipantRow = Omit<
  ParticipantEntity,
  'tenantId' | 'phoneHash' | 'emailHash' | 'updatedAt'
>;

/**
 * The `participants` columns of a ParticipantRow over the alias `p`, named as the entity's, for
 * lists read as plain rows (no entities built). The contact details stay encrypted: the model
 * only says whether there is one.
 */
export const PARTICIPANT_ROW_COLUMNS = `p.id, p.display_name AS "displayName",
  p.phone_ciphertext AS "phoneCiphertext", p.email_ciphertext AS "emailCiphertext",
  p.birth_year AS "birthYear", p.gender, p.municipality, p.languages,
  p.preferred_times_of_day AS "preferredTimesOfDay", p.preferred_weekdays AS "preferredWeekdays",
  p.preferred_format AS "preferredFormat", p.preferred_composition AS "preferredComposition",
  p.preferred_theme AS "preferredTheme", p.gender_mix_wish AS "genderMixWish",
  p.age_range_min AS "ageRangeMin", p.age_range_max AS "ageRangeMax",
  p.composition_notes AS "compositionNotes", p.target_groups AS "targetGroups", p.status,
  p.waiting_since AS "waitingSince", p.last_activity_at AS "lastActivityAt",
  p.created_at AS "createdAt"`;

export function toParticipantModel(row: ParticipantRow): ParticipantModel {
  return {
    id: row.id,
    displayName: row.displayName,
    status: row.status,
    birthYear: row.birthYear,
    ageBand: ageBand(row.birthYear),
    gender: row.gender,
    municipality: row.municipality,
    languages: row.languages,
    preferences: {
      timesOfDay: row.preferredTimesOfDay,
      weekdays: row.preferredWeekdays,
      format: row.preferredFormat,
      composition: row.preferredComposition,
      theme: row.preferredTheme,
      genderMix: row.genderMixWish,
      ageRangeMin: row.ageRangeMin,
      ageRangeMax: row.ageRangeMax,
      notes: row.compositionNotes,
    },
    targetGroups: row.targetGroups as TargetGroup[],
    waitingSince: row.waitingSince,
    hasPhone: row.phoneCiphertext !== null,
    hasEmail: row.emailCiphertext !== null,
    lastActivityAt: row.lastActivityAt,
    createdAt: row.createdAt,
  };
}

/**
 * The matching module's own view of people and groups. These are plain data, not the intake
 * entities, so the module stays pure: a caller maps rows to these shapes and gets answers back
 * without the module ever touching a database, the clock or NestJS.
 */

export type TimeOfDay = 'MORNING' | 'FORENOON' | 'AFTERNOON' | 'EVENING';

export type Weekday =
  | 'MONDAY'
  | 'TUESDAY'
  | 'WEDNESDAY'
  | 'THURSDAY'
  | 'FRIDAY'
  | 'SATURDAY'
  | 'SUNDAY';

export type Gender = 'FEMALE' | 'MALE' | 'OTHER' | 'UNSPECIFIED';

export type GroupFormat = 'PHYSICAL' | 'DIGITAL';

export type GroupComposition = 'MIXED' | 'THEMED';

/** Fixed orders, so that anything enumerated from them comes out the same on every run. */
export const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

export const TIMES_OF_DAY: readonly TimeOfDay[] = ['MORNING', 'FORENOON', 'AFTERNOON', 'EVENING'];

export interface WaitingPerson {
  id: string;
  municipality: string | null;
  birthYear: number | null;
  gender: Gender | null;
  /** Empty = any time suits. */
  timesOfDay: TimeOfDay[];
  /** Empty = any day suits. */
  weekdays: Weekday[];
  /** null = either. */
  format: 'PHYSICAL' | 'DIGITAL' | 'EITHER' | null;
  /** null = either. */
  composition: 'MIXED' | 'THEMED' | 'EITHER' | null;
  /** The person's theme, when they want (or accept) a themed group. */
  theme: string | null;
  genderMix: 'SAME_GENDER' | 'MIXED' | 'NO_PREFERENCE' | null;
  /** Wished age of co-members. */
  ageRangeMin: number | null;
  ageRangeMax: number | null;
  waitingSince: Date;
}

export interface GroupMember {
  birthYear: number | null;
  gender: Gender | null;
}

export interface CandidateGroup {
  id: string;
  weekday: Weekday;
  timeOfDay: TimeOfDay;
  format: GroupFormat;
  /** Where a physical group meets. */
  municipality: string | null;
  composition: GroupComposition;
  theme: string | null;
  /** Max members (default frames 5–8). */
  capacity: number;
  /** The group's own age range, if set. */
  ageRangeMin: number | null;
  ageRangeMax: number | null;
  members: GroupMember[];
}

/** One number per criterion; see DEFAULT_MATCHING_WEIGHTS for what each one rewards. */
export interface MatchingWeights {
  /** A physical group meets in the person's own municipality. */
  sameMunicipality: number;
  /** A physical group meets in a neighbouring municipality. */
  neighbouringMunicipality: number;
  /** The group's weekday is one the person named. */
  statedWeekday: number;
  /** The person said any day suits. */
  anyWeekday: number;
  /** The group's time of day is one the person named. */
  statedTimeOfDay: number;
  /** The person said any time suits. */
  anyTimeOfDay: number;
  /** The person asked for exactly this format. */
  exactFormat: number;
  /** The person accepts either format. */
  eitherFormat: number;
  /** A themed group on the person's own theme. */
  themeMatch: number;
  /** The person asked for exactly this composition (mixed or themed). */
  compositionWish: number;
  /** Adding the person keeps the members' age span within the recommended maximum. */
  ageSpanWithin: number;
  /** Subtracted per year the person stretches the age span beyond the recommended maximum. */
  ageSpanPerYearBeyond: number;
  /** Members inside vs outside the person's wished age range (scaled by the share). */
  ageWish: number;
  /** Members' genders vs the person's gender mix wish (scaled by the share). */
  genderMix: number;
  /** The group has fewer than MIN_GROUP_SIZE members and needs people to start. */
  groupSize: number;
  /** Per whole month waited (suggestPeopleForGroup only). */
  waitingPerMonth: number;
  /** Cap on the waiting points, so a long wait lifts a person without overriding fit. */
  waitingMaxPoints: number;
}

export interface MatchingContext {
  weights: MatchingWeights;
  /** Municipality -> its neighbouring municipalities (symmetric). */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** The year used to compute ages (passed in: the module must not read the clock). */
  currentYear: number;
  /**
   * The date waiting time is measured to. Optional so callers that only know the year still
   * work; without it, waiting is measured to the newest `waitingSince` among the people ranked.
   */
  today?: Date;
}

/** Why a score went up or down. `explanation` is short Norwegian bokmål for coordinators. */
export interface Reason {
  criterion: string;
  points: number;
  explanation: string;
}

export interface GroupSuggestion {
  groupId: string;
  score: number;
  reasons: Reason[];
}

export interface PersonSuggestion {
  participantId: string;
  score: number;
  reasons: Reason[];
}

export interface ProposalShared {
  weekday: Weekday;
  timeOfDay: TimeOfDay;
  format: GroupFormat;
  municipality: string | null;
  composition: GroupComposition;
  theme: string | null;
}

export interface GroupProposal {
  /** minSize..maxSize people, longest waiting first. */
  participantIds: string[];
  shared: ProposalShared;
  score: number;
  /** What they share, in Norwegian. */
  reasons: Reason[];
}

export interface ProposalOptions {
  minSize?: number;
  maxSize?: number;
  /**
   * A proposal whose known ages span more years than this is not offered (default: twice the
   * recommended span, 30 years): far beyond the method's frame, it would only be dismissed.
   */
  maxAgeSpan?: number;
}

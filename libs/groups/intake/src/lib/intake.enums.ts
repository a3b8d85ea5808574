import { registerEnumType } from '@nestjs/graphql';

/** How a person reached the centre. */
export enum InquiryChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WEB_FORM = 'WEB_FORM',
  IN_PERSON = 'IN_PERSON',
  PARTNER_REFERRAL = 'PARTNER_REFERRAL',
  OTHER = 'OTHER',
}

/** How the person heard of the centre (which marketing works). */
export enum HeardVia {
  NAV = 'NAV',
  DPS = 'DPS',
  GP = 'GP',
  MUNICIPALITY = 'MUNICIPALITY',
  VOLUNTEER_CENTRE = 'VOLUNTEER_CENTRE',
  USER_ORGANISATION = 'USER_ORGANISATION',
  FRIEND_OR_FAMILY = 'FRIEND_OR_FAMILY',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  NEWSPAPER = 'NEWSPAPER',
  SCHOOL_OR_UNIVERSITY = 'SCHOOL_OR_UNIVERSITY',
  STAND_OR_TALK = 'STAND_OR_TALK',
  POLICE = 'POLICE',
  CRISIS_CENTRE = 'CRISIS_CENTRE',
  OTHER = 'OTHER',
}

export enum InquiryOutcome {
  JOINED_WAITLIST = 'JOINED_WAITLIST',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  NOT_NOW = 'NOT_NOW',
  NO_ANSWER = 'NO_ANSWER',
}

export enum InquirySource {
  STAFF = 'STAFF',
  PUBLIC_FORM = 'PUBLIC_FORM',
}

export enum ParticipantStatus {
  INQUIRY = 'INQUIRY',
  WAITING = 'WAITING',
  IN_GROUP = 'IN_GROUP',
  REFERRED = 'REFERRED',
  ENDED = 'ENDED',
}

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNSPECIFIED = 'UNSPECIFIED',
}

export enum TimeOfDay {
  MORNING = 'MORNING',
  FORENOON = 'FORENOON',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

export enum GroupFormatPreference {
  PHYSICAL = 'PHYSICAL',
  DIGITAL = 'DIGITAL',
  EITHER = 'EITHER',
}

export enum CompositionPreference {
  MIXED = 'MIXED',
  THEMED = 'THEMED',
  EITHER = 'EITHER',
}

export enum GenderMixWish {
  SAME_GENDER = 'SAME_GENDER',
  MIXED = 'MIXED',
  NO_PREFERENCE = 'NO_PREFERENCE',
}

/** Funders' target groups: stored only with the consent KEEP_TARGET_GROUP_DATA. */
export enum TargetGroup {
  IMMIGRANT_OR_REFUGEE = 'IMMIGRANT_OR_REFUGEE',
  YOUNG_ADULT_OUTSIDE_WORK_OR_STUDY = 'YOUNG_ADULT_OUTSIDE_WORK_OR_STUDY',
  IN_WORK_ASSESSMENT = 'IN_WORK_ASSESSMENT',
  EXPOSED_TO_VIOLENCE = 'EXPOSED_TO_VIOLENCE',
}

export enum ConsentKind {
  KEEP_DATA = 'KEEP_DATA',
  KEEP_TARGET_GROUP_DATA = 'KEEP_TARGET_GROUP_DATA',
  ANONYMOUS_SURVEYS = 'ANONYMOUS_SURVEYS',
}

export enum PartnerKind {
  NAV = 'NAV',
  MUNICIPALITY = 'MUNICIPALITY',
  DPS = 'DPS',
  GP_OFFICE = 'GP_OFFICE',
  VOLUNTEER_CENTRE = 'VOLUNTEER_CENTRE',
  USER_ORGANISATION = 'USER_ORGANISATION',
  RED_CROSS = 'RED_CROSS',
  LIBRARY = 'LIBRARY',
  CRISIS_CENTRE = 'CRISIS_CENTRE',
  /** Konfliktrådet (also a funder: violence in close relationships). */
  CONFLICT_COUNCIL = 'CONFLICT_COUNCIL',
  /** Fylkeskommunen (e.g. county public-health funds). */
  COUNTY = 'COUNTY',
  OTHER = 'OTHER',
}

/** What kind of offer a service is, so referrals can be counted by kind without free text. */
export enum ServiceKind {
  CRISIS_LINE = 'CRISIS_LINE',
  MUNICIPAL_MENTAL_HEALTH = 'MUNICIPAL_MENTAL_HEALTH',
  SPECIALIST_MENTAL_HEALTH = 'SPECIALIST_MENTAL_HEALTH',
  GP = 'GP',
  NAV = 'NAV',
  FAMILY_COUNSELLING = 'FAMILY_COUNSELLING',
  VIOLENCE_SUPPORT = 'VIOLENCE_SUPPORT',
  USER_ORGANISATION = 'USER_ORGANISATION',
  OTHER = 'OTHER',
}

export enum SlaState {
  /** Not done yet, and not due yet. */
  PENDING = 'PENDING',
  OVERDUE = 'OVERDUE',
  MET = 'MET',
  MISSED = 'MISSED',
  /** The inquiry closed before this step was needed. */
  NOT_NEEDED = 'NOT_NEEDED',
}

const enums: [object, string, string][] = [
  [InquiryChannel, 'InquiryChannel', 'How the person reached the centre.'],
  [HeardVia, 'HeardVia', 'How the person heard of the centre.'],
  [InquiryOutcome, 'InquiryOutcome', 'What came of an inquiry.'],
  [
    InquirySource,
    'InquirySource',
    'Who registered the inquiry: staff, or the person on the public form.',
  ],
  [
    ParticipantStatus,
    'ParticipantStatus',
    'Where the person is: inquiry, waiting, in a group, referred, ended.',
  ],
  [Gender, 'Gender', 'Optional; UNSPECIFIED when the person would rather not say.'],
  [
    TimeOfDay,
    'TimeOfDay',
    'Morning (før 10), forenoon (formiddag), afternoon (ettermiddag), evening (kveld).',
  ],
  [Weekday, 'Weekday', 'A day of the week.'],
  [GroupFormatPreference, 'GroupFormatPreference', 'Physical, digital, or either.'],
  [CompositionPreference, 'CompositionPreference', 'Mixed ("på tvers"), themed, or either.'],
  [GenderMixWish, 'GenderMixWish', 'A wish for the gender mix of the group.'],
  [TargetGroup, 'TargetGroup', "Funders' target groups. Stored only with recorded consent."],
  [ConsentKind, 'ConsentKind', 'What a person consented to.'],
  [PartnerKind, 'PartnerKind', 'The kind of partner organisation.'],
  [ServiceKind, 'ServiceKind', 'The kind of offer a service is; referrals are counted by kind.'],
  [SlaState, 'SlaState', "The state of one of the centre's promises for an inquiry."],
];
for (const [enumRef, name, description] of enums) registerEnumType(enumRef, { name, description });

/** Norwegian names for messages: a coordinator reads "står på venteliste", not WAITING. */
export const PARTICIPANT_STATUS_NAMES: Record<ParticipantStatus, string> = {
  INQUIRY: 'henvendelse',
  WAITING: 'står på venteliste',
  IN_GROUP: 'i gruppe',
  REFERRED: 'henvist videre',
  ENDED: 'avsluttet',
};

export const INQUIRY_OUTCOME_NAMES: Record<InquiryOutcome, string> = {
  JOINED_WAITLIST: 'satt på venteliste',
  REFERRED_ELSEWHERE: 'henvist videre',
  NOT_NOW: 'ikke nå',
  NO_ANSWER: 'fikk ikke svar',
};

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MONDAY: 'mandag',
  TUESDAY: 'tirsdag',
  WEDNESDAY: 'onsdag',
  THURSDAY: 'torsdag',
  FRIDAY: 'fredag',
  SATURDAY: 'lørdag',
  SUNDAY: 'søndag',
};

/** A weekday stored as MONDAY … SUNDAY, in Norwegian (as it is, should it be something else). */
export function weekdayName(weekday: string): string {
  return WEEKDAY_NAMES[weekday as Weekday] ?? weekday.toLowerCase();
}

import { registerEnumType } from '@nestjs/graphql';

/** Every figure a report holds. Counts come from the database; the rest is derived from them. */
export enum ReportFigureKey {
  INQUIRIES_RECEIVED = 'INQUIRIES_RECEIVED',
  ANSWERED_WITHIN_A_DAY = 'ANSWERED_WITHIN_A_DAY',
  CONVERSATION_WITHIN_A_WEEK = 'CONVERSATION_WITHIN_A_WEEK',
  CONVERSATION_HELD_WITHIN_A_WEEK = 'CONVERSATION_HELD_WITHIN_A_WEEK',
  DAYS_TO_GROUP_MEDIAN = 'DAYS_TO_GROUP_MEDIAN',
  DAYS_TO_GROUP_P90 = 'DAYS_TO_GROUP_P90',
  WAITING_NOW = 'WAITING_NOW',
  GROUPS_STARTED = 'GROUPS_STARTED',
  GROUPS_ACTIVE = 'GROUPS_ACTIVE',
  GROUPS_SELF_RUN = 'GROUPS_SELF_RUN',
  GROUPS_ENDED = 'GROUPS_ENDED',
  PARTICIPANTS_ACTIVE = 'PARTICIPANTS_ACTIVE',
  PARTICIPANTS_NEW = 'PARTICIPANTS_NEW',
  OPEN_GROUP_MEETINGS = 'OPEN_GROUP_MEETINGS',
  OPEN_GROUP_ATTENDANCE = 'OPEN_GROUP_ATTENDANCE',
  FOLLOW_UPS = 'FOLLOW_UPS',
  REFERRALS = 'REFERRALS',
  ACTIVE_VOLUNTEERS = 'ACTIVE_VOLUNTEERS',
  QUALIFIED_STARTERS = 'QUALIFIED_STARTERS',
  COURSES_HELD = 'COURSES_HELD',
  PEOPLE_TRAINED = 'PEOPLE_TRAINED',
}

export enum ReportDimension {
  TOTAL = 'TOTAL',
  CHANNEL = 'CHANNEL',
  HEARD_VIA = 'HEARD_VIA',
  AGE_BAND = 'AGE_BAND',
  GENDER = 'GENDER',
  MUNICIPALITY = 'MUNICIPALITY',
  TARGET_GROUP = 'TARGET_GROUP',
  GROUP_KIND = 'GROUP_KIND',
  FORMAT = 'FORMAT',
  COMPOSITION = 'COMPOSITION',
  FOLLOW_UP_KIND = 'FOLLOW_UP_KIND',
  SERVICE_KIND = 'SERVICE_KIND',
  COURSE_KIND = 'COURSE_KIND',
  ORIGIN = 'ORIGIN',
}

export enum ReportUnit {
  PEOPLE = 'PEOPLE',
  INQUIRIES = 'INQUIRIES',
  GROUPS = 'GROUPS',
  MEETINGS = 'MEETINGS',
  VISITS = 'VISITS',
  FOLLOW_UPS = 'FOLLOW_UPS',
  REFERRALS = 'REFERRALS',
  COURSES = 'COURSES',
  PERCENT = 'PERCENT',
  DAYS = 'DAYS',
}

export const TOTAL = 'TOTAL';
export const OTHER_MUNICIPALITIES = 'OTHER';
export const UNKNOWN = 'UNKNOWN';

interface DimensionSpec {
  label: string;
  /** Fixed categories in display order; MUNICIPALITY's come from the data. */
  categories: Record<string, string>;
  /**
   * Whether a centre's categories add up to its total. A person can be in several target
   * groups, so those do not, and only the centres add up to the country there.
   */
  additive: boolean;
}

const PEOPLE_DIMENSIONS = [
  ReportDimension.AGE_BAND,
  ReportDimension.GENDER,
  ReportDimension.MUNICIPALITY,
  ReportDimension.HEARD_VIA,
  ReportDimension.TARGET_GROUP,
];
const GROUP_DIMENSIONS = [
  ReportDimension.GROUP_KIND,
  ReportDimension.FORMAT,
  ReportDimension.COMPOSITION,
];

export const DIMENSIONS: Record<ReportDimension, DimensionSpec> = {
  TOTAL: { label: 'I alt', categories: { TOTAL: 'I alt' }, additive: true },
  CHANNEL: {
    label: 'Kanal',
    additive: true,
    categories: {
      PHONE: 'Telefon',
      EMAIL: 'E-post',
      WEB_FORM: 'Nettskjema',
      IN_PERSON: 'Oppmøte',
      PARTNER_REFERRAL: 'Henvist av samarbeidspartner',
      OTHER: 'Annet',
    },
  },
  HEARD_VIA: {
    label: 'Hørte om senteret gjennom',
    additive: true,
    categories: {
      NAV: 'NAV',
      DPS: 'DPS',
      GP: 'Fastlege',
      MUNICIPALITY: 'Kommunen',
      VOLUNTEER_CENTRE: 'Frivilligsentral',
      USER_ORGANISATION: 'Bruker- eller pasientorganisasjon',
      FRIEND_OR_FAMILY: 'Venner eller familie',
      SOCIAL_MEDIA: 'Sosiale medier',
      NEWSPAPER: 'Avis',
      SCHOOL_OR_UNIVERSITY: 'Skole eller studiested',
      STAND_OR_TALK: 'Stand eller foredrag',
      POLICE: 'Politiet',
      CRISIS_CENTRE: 'Krisesenter',
      OTHER: 'Annet',
      UNKNOWN: 'Ikke registrert',
    },
  },
  AGE_BAND: {
    label: 'Alder',
    additive: true,
    categories: {
      '18-29': '18–29 år',
      '30-49': '30–49 år',
      '50-69': '50–69 år',
      '70+': '70 år og eldre',
      UNKNOWN: 'Ukjent alder',
    },
  },
  GENDER: {
    label: 'Kjønn',
    additive: true,
    categories: {
      FEMALE: 'Kvinne',
      MALE: 'Mann',
      OTHER: 'Annet',
      UNSPECIFIED: 'Vil ikke oppgi',
      UNKNOWN: 'Ikke registrert',
    },
  },
  MUNICIPALITY: {
    label: 'Kommune',
    additive: true,
    categories: { OTHER: 'Andre kommuner', UNKNOWN: 'Ukjent kommune' },
  },
  TARGET_GROUP: {
    label: 'Målgruppe (med samtykke)',
    additive: false,
    categories: {
      IMMIGRANT_OR_REFUGEE: 'Innvandrere og flyktninger',
      YOUNG_ADULT_OUTSIDE_WORK_OR_STUDY: 'Unge voksne (18–30) utenfor arbeid og utdanning',
      IN_WORK_ASSESSMENT: 'Personer under arbeidsavklaring',
      EXPOSED_TO_VIOLENCE: 'Utsatt for vold i nære relasjoner',
    },
  },
  GROUP_KIND: {
    label: 'Gruppetype',
    additive: true,
    categories: { CLOSED: 'Lukket gruppe', OPEN: 'Åpen gruppe' },
  },
  FORMAT: {
    label: 'Møteform',
    additive: true,
    categories: { PHYSICAL: 'Fysisk', DIGITAL: 'Digital' },
  },
  COMPOSITION: {
    label: 'Sammensetning',
    additive: true,
    categories: { MIXED: 'På tvers (blandet)', THEMED: 'Tematisk' },
  },
  FOLLOW_UP_KIND: {
    label: 'Type oppfølging',
    additive: true,
    categories: { VISIT: 'Besøk', CALL: 'Telefon', STARTER_RETURN: 'Igangsetter tilbake' },
  },
  SERVICE_KIND: {
    label: 'Type tilbud',
    additive: true,
    categories: {
      CRISIS_LINE: 'Krisetelefon',
      MUNICIPAL_MENTAL_HEALTH: 'Kommunalt psykisk helsetilbud',
      SPECIALIST_MENTAL_HEALTH: 'Spesialisthelsetjenesten (DPS)',
      GP: 'Fastlege',
      NAV: 'NAV',
      FAMILY_COUNSELLING: 'Familievernet',
      VIOLENCE_SUPPORT: 'Hjelp ved vold (krisesenter o.l.)',
      USER_ORGANISATION: 'Bruker- eller pasientorganisasjon',
      OTHER: 'Annet',
    },
  },
  COURSE_KIND: {
    label: 'Kurstype',
    additive: true,
    categories: { STARTER_COURSE: 'Igangsetterkurs', GUIDANCE: 'Veiledning' },
  },
  ORIGIN: {
    label: 'Hvor deltakerne kom fra',
    additive: true,
    categories: {
      OWN_PEOPLE: 'Senterets egne frivillige og ansatte',
      PARTNER_ORGANISATION: 'Fra samarbeidsorganisasjoner',
      OTHER_EXTERNAL: 'Andre eksterne',
    },
  },
};

interface FigureSpecBase {
  key: ReportFigureKey;
  label: string;
  description: string;
  unit: ReportUnit;
  /**
   * Whether the figure counts people (or what people did: inquiries, visits, referrals, waits),
   * so that a small count can point to someone. Published, those are protected
   * (docs/decisions/0006-published-figures.md); the others count the centres' work (groups,
   * meetings, follow-ups, courses) and are published exactly. The database keeps its own list
   * of the exact ones (`reporting.counts_people`), and a test holds the two to each other.
   */
  countsPeople: boolean;
}

/** A count from the database, shown with its breakdowns and suppressed where published. */
export interface CountFigureSpec extends FigureSpecBase {
  type: 'count';
  dimensions: ReportDimension[];
  /** Counted once, whatever the period ("people waiting now"). */
  snapshot?: boolean;
}

/**
 * Met / (met + missed) of one of the centre's promises, as a whole percentage. Published, the
 * database computes it from the perturbed counts, with at least k behind it.
 */
export interface ShareFigureSpec extends FigureSpecBase {
  type: 'share';
  source: string;
}

/**
 * A percentile of the days-to-group histogram. Published, the database computes it from the
 * perturbed histogram, with at least k people behind the median and 2·k behind the 90th.
 */
export interface PercentileFigureSpec extends FigureSpecBase {
  type: 'percentile';
  source: string;
  percentile: number;
}

export type FigureSpec = CountFigureSpec | ShareFigureSpec | PercentileFigureSpec;

export const FIGURES: FigureSpec[] = [
  {
    key: ReportFigureKey.INQUIRIES_RECEIVED,
    countsPeople: true,
    type: 'count',
    label: 'Henvendelser mottatt',
    description: 'Henvendelser som kom inn i perioden, også fra personer som senere er slettet.',
    unit: ReportUnit.INQUIRIES,
    dimensions: [ReportDimension.CHANNEL, ReportDimension.HEARD_VIA],
  },
  {
    key: ReportFigureKey.ANSWERED_WITHIN_A_DAY,
    countsPeople: true,
    type: 'share',
    label: 'Besvart innen ett døgn',
    description:
      'Andel av periodens henvendelser som fikk svar innen fristen på ett døgn, av dem som skulle ha svar. ' +
      'Satt på venteliste uten registrert svar teller som ikke holdt.',
    unit: ReportUnit.PERCENT,
    source: 'ANSWER_PROMISE',
  },
  {
    key: ReportFigureKey.CONVERSATION_WITHIN_A_WEEK,
    countsPeople: true,
    type: 'share',
    label: 'Invitert til individuell samtale innen en uke',
    description:
      'Andel av periodens henvendelser der personen ble invitert til individuell samtale innen en uke, ' +
      'av dem som skulle ha samtale. Satt på venteliste uten registrert invitasjon teller som ikke holdt.',
    unit: ReportUnit.PERCENT,
    source: 'CONVERSATION_PROMISE',
  },
  {
    key: ReportFigureKey.CONVERSATION_HELD_WITHIN_A_WEEK,
    countsPeople: true,
    type: 'share',
    label: 'Individuell samtale holdt innen en uke',
    description:
      'Andel av periodens henvendelser der den individuelle samtalen ble holdt innen en uke, av dem som skulle ha samtale.',
    unit: ReportUnit.PERCENT,
    source: 'CONVERSATION_HELD',
  },
  {
    key: ReportFigureKey.DAYS_TO_GROUP_MEDIAN,
    countsPeople: true,
    type: 'percentile',
    label: 'Dager fra henvendelse til gruppe (median)',
    description: 'For personer som begynte i sin første gruppe i perioden.',
    unit: ReportUnit.DAYS,
    source: 'DAYS_TO_GROUP',
    percentile: 0.5,
  },
  {
    key: ReportFigureKey.DAYS_TO_GROUP_P90,
    countsPeople: true,
    type: 'percentile',
    label: 'Dager fra henvendelse til gruppe (90. persentil)',
    description: '9 av 10 som begynte i sin første gruppe i perioden, ventet høyst så mange dager.',
    unit: ReportUnit.DAYS,
    source: 'DAYS_TO_GROUP',
    percentile: 0.9,
  },
  {
    key: ReportFigureKey.WAITING_NOW,
    countsPeople: true,
    type: 'count',
    label: 'Står på vent nå',
    description: 'Personer som venter på en gruppe i dag, uansett periode.',
    unit: ReportUnit.PEOPLE,
    dimensions: [],
    snapshot: true,
  },
  {
    key: ReportFigureKey.GROUPS_STARTED,
    countsPeople: false,
    type: 'count',
    label: 'Grupper startet',
    description: 'Grupper med oppstartsdato i perioden.',
    unit: ReportUnit.GROUPS,
    dimensions: GROUP_DIMENSIONS,
  },
  {
    key: ReportFigureKey.GROUPS_ACTIVE,
    countsPeople: false,
    type: 'count',
    label: 'Grupper i drift',
    description: 'Startede grupper som møttes i løpet av perioden.',
    unit: ReportUnit.GROUPS,
    dimensions: GROUP_DIMENSIONS,
  },
  {
    key: ReportFigureKey.GROUPS_SELF_RUN,
    countsPeople: false,
    type: 'count',
    label: 'Selvdrevne grupper',
    description: 'Grupper som i perioden gikk på egen hånd, etter at igangsetteren trakk seg ut.',
    unit: ReportUnit.GROUPS,
    dimensions: GROUP_DIMENSIONS,
  },
  {
    key: ReportFigureKey.GROUPS_ENDED,
    countsPeople: false,
    type: 'count',
    label: 'Grupper avsluttet',
    description: 'Grupper som ble avsluttet i perioden.',
    unit: ReportUnit.GROUPS,
    dimensions: GROUP_DIMENSIONS,
  },
  {
    key: ReportFigureKey.PARTICIPANTS_ACTIVE,
    countsPeople: true,
    type: 'count',
    label: 'Deltakere i grupper',
    description: 'Personer som var med i en gruppe i løpet av perioden.',
    unit: ReportUnit.PEOPLE,
    dimensions: PEOPLE_DIMENSIONS,
  },
  {
    key: ReportFigureKey.PARTICIPANTS_NEW,
    countsPeople: true,
    type: 'count',
    label: 'Nye deltakere',
    description: 'Personer som begynte i sin første gruppe i perioden.',
    unit: ReportUnit.PEOPLE,
    dimensions: PEOPLE_DIMENSIONS,
  },
  {
    key: ReportFigureKey.OPEN_GROUP_MEETINGS,
    countsPeople: false,
    type: 'count',
    label: 'Møter i åpne grupper',
    description: 'Registrerte møter i åpne grupper (drop-in).',
    unit: ReportUnit.MEETINGS,
    dimensions: [],
  },
  {
    key: ReportFigureKey.OPEN_GROUP_ATTENDANCE,
    countsPeople: true,
    type: 'count',
    label: 'Oppmøte i åpne grupper',
    description: 'Summen av antall fremmøtte på møtene i åpne grupper (besøk, ikke personer).',
    unit: ReportUnit.VISITS,
    dimensions: [],
  },
  {
    key: ReportFigureKey.FOLLOW_UPS,
    countsPeople: false,
    type: 'count',
    label: 'Oppfølging av grupper',
    description: 'Besøk, samtaler og igangsetter tilbake i gruppene.',
    unit: ReportUnit.FOLLOW_UPS,
    dimensions: [ReportDimension.FOLLOW_UP_KIND],
  },
  {
    key: ReportFigureKey.REFERRALS,
    countsPeople: true,
    type: 'count',
    label: 'Henvist videre',
    description: 'Henvisninger til andre tilbud, etter type tilbud.',
    unit: ReportUnit.REFERRALS,
    dimensions: [ReportDimension.SERVICE_KIND],
  },
  {
    key: ReportFigureKey.ACTIVE_VOLUNTEERS,
    countsPeople: true,
    type: 'count',
    label: 'Aktive frivillige',
    description: 'Frivillige som førte timer eller var igangsetter for en gruppe i perioden.',
    unit: ReportUnit.PEOPLE,
    dimensions: [],
  },
  {
    key: ReportFigureKey.QUALIFIED_STARTERS,
    countsPeople: true,
    type: 'count',
    label: 'Kvalifiserte igangsettere',
    description: 'Igangsettere med gyldig kvalifisering fra senteret ved periodens slutt.',
    unit: ReportUnit.PEOPLE,
    dimensions: [],
  },
  {
    key: ReportFigureKey.COURSES_HELD,
    countsPeople: false,
    type: 'count',
    label: 'Kurs holdt',
    description: 'Kurs med minst én samling i perioden.',
    unit: ReportUnit.COURSES,
    dimensions: [ReportDimension.COURSE_KIND],
  },
  {
    key: ReportFigureKey.PEOPLE_TRAINED,
    countsPeople: true,
    type: 'count',
    label: 'Personer som fullførte kurs',
    description: 'Fullførte kursplasser i perioden, også for folk fra samarbeidsorganisasjoner.',
    unit: ReportUnit.PEOPLE,
    dimensions: [ReportDimension.ORIGIN],
  },
];

export function figureSpec(key: ReportFigureKey): FigureSpec {
  return FIGURES.find((figure) => figure.key === key) as FigureSpec;
}

export function categoryLabel(dimension: ReportDimension, category: string): string {
  return DIMENSIONS[dimension].categories[category] ?? category;
}

registerEnumType(ReportFigureKey, {
  name: 'ReportFigureKey',
  description: 'A figure in the reports. Labels in Norwegian come with each figure.',
});
registerEnumType(ReportDimension, {
  name: 'ReportDimension',
  description: 'What a figure is broken down by.',
});
registerEnumType(ReportUnit, { name: 'ReportUnit', description: 'What a figure counts.' });

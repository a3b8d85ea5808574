/**
 * Every text the staff see, in bokmål, in one place. Error messages from the API are already
 * Norwegian and are shown as they come.
 */
export const texts = {
  appName: 'LINK',
  appTitle: 'LINK – for sentrenes ansatte',
  skipToContent: 'Hopp til innholdet',
  loading: 'Laster …',
  saving: 'Lagrer …',
  tryAgain: 'Prøv igjen',
  networkError:
    'Fikk ikke kontakt med LINK. Sjekk nettet og prøv igjen – det du har skrevet, er tatt vare på.',
  unexpectedError: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  formHasErrors: 'Rett opp dette før du lagrer:',
  notSaved: 'Ikke lagret',

  nav: {
    label: 'Hovedmeny',
    today: 'I dag',
    inquiries: 'Henvendelser',
    waitlist: 'Venteliste',
  },

  session: {
    signInTitle: 'Logg inn',
    signInIntro: 'For ansatte ved LINK-sentrene.',
    email: 'E-post',
    password: 'Passord',
    signIn: 'Logg inn',
    signingIn: 'Logger inn …',
    signOut: 'Logg ut',
    signedOut: 'Du er logget ut.',
    expired: 'Innloggingen er ikke lenger gyldig. Logg inn på nytt.',
    centre: 'Senter',
    switchCentre: 'Bytt senter',
    chooseCentreTitle: 'Velg senter',
    chooseCentreIntro: 'Du arbeider ved flere sentre. Velg hvilket du vil arbeide i nå.',
    workIn: (centre: string) => `Arbeid i ${centre}`,
    signedInAs: (name: string) => `Innlogget som ${name}`,
    emailRequired: 'Skriv e-postadressen din.',
    passwordRequired: 'Skriv passordet ditt.',
  },

  today: {
    title: 'I dag',
    deadlinesTitle: 'Frister for henvendelser',
    deadlinesIntro:
      'Svar innen ett døgn og samtale innen en uke. Forfalt og det som forfaller det neste døgnet.',
    noDeadlines: 'Ingen henvendelser har frister som er passert eller nær.',
    overdue: 'Forfalt',
    dueSoon: 'Forfaller snart',
    answerPromise: 'Svar (1 døgn)',
    conversationPromise: 'Samtale (1 uke)',
    person: 'Person',
    promise: 'Løfte',
    due: 'Frist',
    status: 'Status',
    waitingTitle: 'På venteliste',
    waitingCount: (n: number) => (n === 1 ? '1 person venter' : `${n} personer venter`),
    longestWait: (days: number) => `Lengst ventetid: ${days} ${days === 1 ? 'dag' : 'dager'}`,
    medianWait: (days: number) => `Median: ${days} ${days === 1 ? 'dag' : 'dager'}`,
    nobodyWaiting: 'Ingen står på ventelisten.',
    followUpTitle: 'Grupper som trenger oppfølging',
    noFollowUps: 'Alle grupper er fulgt opp.',
    weeksWithout: (weeks: number) => `${weeks} ${weeks === 1 ? 'uke' : 'uker'} siden oppfølging`,
    lastFollowUp: (date: string) => `Sist fulgt opp ${date}`,
    neverFollowedUp: 'Ikke fulgt opp ennå',
    proposalsTitle: 'Forslag til nye grupper',
    proposalsIntro: 'Personer på ventelisten som passer sammen, og som ingen gruppe dekker nå.',
    noProposals: 'Ingen forslag til nye grupper nå.',
    proposalPeople: (n: number) => `${n} personer`,
    openInquiry: (name: string) => `Åpne henvendelsen fra ${name}`,
  },

  inquiries: {
    title: 'Henvendelser',
    openTitle: 'Åpne henvendelser',
    none: 'Ingen åpne henvendelser.',
    register: 'Registrer henvendelse',
    registerTitle: 'Registrer en henvendelse',
    registerIntro: 'Fornavn eller kallenavn er nok. Kontaktopplysningene krypteres.',
    received: 'Mottatt',
    channel: 'Hvordan tok personen kontakt?',
    displayName: 'Navn',
    displayNameHelp: 'Fornavn eller kallenavn',
    phone: 'Telefon',
    email: 'E-post',
    birthYear: 'Fødselsår',
    municipality: 'Kommune',
    chooseMunicipality: 'Velg kommune',
    heardVia: 'Hvor hørte personen om LINK?',
    notAnswered: 'Ikke oppgitt',
    preferredContactTimes: 'Når passer det å ta kontakt?',
    preferencesTitle: 'Ønsker for gruppen',
    timesOfDay: 'Tid på dagen',
    weekdays: 'Ukedager',
    format: 'Fysisk eller digitalt',
    theme: 'Tema (for temagruppe)',
    save: 'Registrer',
    displayNameRequired: 'Skriv navnet personen vil bli kalt.',
    birthYearInvalid: 'Skriv fødselsåret med fire sifre, for eksempel 1985.',
    saved: (name: string) => `Henvendelsen fra ${name} er registrert.`,
    answer: 'Svar',
    conversation: 'Samtale',
  },

  intake: {
    title: (name: string) => `Henvendelse fra ${name}`,
    facts: 'Om henvendelsen',
    receivedAt: 'Mottatt',
    channel: 'Kanal',
    answerDue: 'Svar innen',
    conversationDue: 'Samtale innen',
    participantStatus: 'Status for personen',
    stepAnswer: '1. Svar',
    stepAnswerHelp: 'Når fikk personen svar fra senteret?',
    answeredAt: 'Svart',
    recordAnswer: 'Lagre svaret',
    stepInvitation: '2. Invitasjon til samtale',
    stepInvitationHelp: 'Når er den individuelle samtalen avtalt?',
    bookedFor: 'Samtale avtalt til',
    recordBooking: 'Lagre avtalen',
    stepConversation: '3. Samtale',
    stepConversationHelp: 'Når ble samtalen holdt?',
    heldAt: 'Samtale holdt',
    recordConversation: 'Lagre samtalen',
    stepOutcome: '4. Utfall',
    stepOutcomeHelp: 'Hva ble resultatet? Utfallet avslutter henvendelsen.',
    outcome: 'Utfall',
    chooseOutcome: 'Velg utfall',
    recordOutcome: 'Avslutt henvendelsen',
    done: (outcome: string) => `Henvendelsen er avsluttet: ${outcome}.`,
    onWaitlist: (name: string) => `${name} står nå på ventelisten.`,
    toWaitlist: 'Gå til ventelisten',
    notRecorded: 'Ikke registrert.',
    whenRequired: 'Velg dato og klokkeslett.',
    outcomeRequired: 'Velg et utfall.',
    saved: 'Lagret.',
    notFound: 'Fant ikke henvendelsen. Den kan være slettet, eller høre til et annet senter.',
    back: 'Tilbake til henvendelsene',
  },

  waitlist: {
    title: 'Venteliste',
    intro: 'Den som har ventet lengst, står først.',
    filters: 'Filtrer',
    municipality: 'Kommune',
    timeOfDay: 'Tid på dagen',
    weekday: 'Ukedag',
    format: 'Fysisk eller digitalt',
    all: 'Alle',
    none: 'Ingen venter som passer filteret.',
    name: 'Navn',
    waitingSince: 'Venter siden',
    days: (n: number) => `${n} ${n === 1 ? 'dag' : 'dager'}`,
    waited: 'Ventetid',
    wishes: 'Ønsker',
    count: (shown: number, total: number) =>
      shown === total ? `${total} venter` : `Viser ${shown} av ${total}`,
  },

  enums: {
    channel: {
      PHONE: 'Telefon',
      EMAIL: 'E-post',
      IN_PERSON: 'Oppmøte',
      WEB_FORM: 'Skjema på nettsiden',
      PARTNER_REFERRAL: 'Henvist fra samarbeidspartner',
      OTHER: 'Annet',
    },
    heardVia: {
      GP: 'Fastlege',
      DPS: 'DPS',
      NAV: 'NAV',
      MUNICIPALITY: 'Kommunen',
      FRIEND_OR_FAMILY: 'Venn eller familie',
      NEWSPAPER: 'Avis',
      SOCIAL_MEDIA: 'Sosiale medier',
      SCHOOL_OR_UNIVERSITY: 'Skole eller studiested',
      STAND_OR_TALK: 'Stand eller foredrag',
      USER_ORGANISATION: 'Brukerorganisasjon',
      VOLUNTEER_CENTRE: 'Frivilligsentral',
      POLICE: 'Politiet',
      CRISIS_CENTRE: 'Krisesenter',
      OTHER: 'Annet',
    },
    outcome: {
      JOINED_WAITLIST: 'Satt på venteliste',
      NOT_NOW: 'Ikke nå',
      NO_ANSWER: 'Fikk ikke svar',
      REFERRED_ELSEWHERE: 'Henvist videre',
    },
    sla: {
      PENDING: 'Venter',
      OVERDUE: 'Forfalt',
      MET: 'Holdt',
      MISSED: 'Ikke holdt',
      NOT_NEEDED: 'Ikke nødvendig',
    },
    timeOfDay: {
      MORNING: 'Morgen',
      FORENOON: 'Formiddag',
      AFTERNOON: 'Ettermiddag',
      EVENING: 'Kveld',
    },
    weekday: {
      MONDAY: 'Mandag',
      TUESDAY: 'Tirsdag',
      WEDNESDAY: 'Onsdag',
      THURSDAY: 'Torsdag',
      FRIDAY: 'Fredag',
      SATURDAY: 'Lørdag',
      SUNDAY: 'Søndag',
    },
    formatPreference: { PHYSICAL: 'Fysisk', DIGITAL: 'Digitalt', EITHER: 'Begge deler' },
    groupFormat: { PHYSICAL: 'Fysisk', DIGITAL: 'Digitalt' },
    participantStatus: {
      INQUIRY: 'Henvendelse',
      WAITING: 'På venteliste',
      IN_GROUP: 'I gruppe',
      REFERRED: 'Henvist videre',
      ENDED: 'Avsluttet',
    },
    role: {
      CENTRE_ADMIN: 'Senteradministrator',
      COORDINATOR: 'Koordinator',
      STARTER: 'Igangsetter',
    },
    groupStatus: {
      PLANNED: 'Planlagt',
      RECRUITING: 'Rekrutterer',
      STARTING: 'Starter opp',
      SELF_RUN: 'Selvdrevet',
      PAUSED: 'Pause',
      ENDED: 'Avsluttet',
    },
  },
} as const;

/** Dates and times as Norwegians read them, in the centre's time zone. */
const TIME_ZONE = 'Europe/Oslo';

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('nb-NO', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}

/** A calendar date `YYYY-MM-DD`, shown without any time zone shift. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/** How far a moment is from now, in words: "om 5 timer", "for 2 dager siden". */
export function formatRelative(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const format = new Intl.RelativeTimeFormat('nb-NO', { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

import { registerEnumType } from '@nestjs/graphql';

import { ReportDimension, ReportFigureKey, TOTAL } from './figure-catalog';

/** The funding programmes the centres report to (DOMAIN.md, "Funders"). */
export enum FunderProgramme {
  NAV = 'NAV',
  KONFLIKTRADET = 'KONFLIKTRADET',
  SPV = 'SPV',
  COUNTY_PUBLIC_HEALTH = 'COUNTY_PUBLIC_HEALTH',
}
registerEnumType(FunderProgramme, {
  name: 'FunderProgramme',
  description:
    'NAV project funds (three target groups), Konfliktrådet (people exposed to violence in close ' +
    'relationships), SPV (open groups) and county public-health funds.',
});

/** One line of a funder report: a figure, or one category of its breakdown. */
export interface FunderLine {
  label: string;
  figure: ReportFigureKey;
  dimension: ReportDimension;
  category: string;
}

export interface FunderTemplate {
  title: string;
  /** A sentence for the top of the export, in Norwegian. */
  about: string;
  lines: FunderLine[];
}

const total = (figure: ReportFigureKey, label: string): FunderLine => ({
  label,
  figure,
  dimension: ReportDimension.TOTAL,
  category: TOTAL,
});
const part = (
  figure: ReportFigureKey,
  dimension: ReportDimension,
  category: string,
  label: string,
): FunderLine => ({ label, figure, dimension, category });

const NAV_TARGET_GROUPS: [string, string][] = [
  ['IMMIGRANT_OR_REFUGEE', 'innvandrere og flyktninger'],
  ['YOUNG_ADULT_OUTSIDE_WORK_OR_STUDY', 'unge voksne (18–30) utenfor arbeid og utdanning'],
  ['IN_WORK_ASSESSMENT', 'personer under arbeidsavklaring'],
];

export const FUNDER_TEMPLATES: Record<FunderProgramme, FunderTemplate> = {
  NAV: {
    title: 'Rapport til NAV – prosjektmidler',
    about:
      'Deltakere i selvhjelpsgrupper i NAVs tre målgrupper. Målgruppe er registrert bare med ' +
      'deltakerens samtykke, så tallene er minstetall.',
    lines: [
      total(ReportFigureKey.INQUIRIES_RECEIVED, 'Henvendelser mottatt'),
      total(ReportFigureKey.PARTICIPANTS_ACTIVE, 'Deltakere i grupper, i alt'),
      ...NAV_TARGET_GROUPS.map(([key, label]) =>
        part(
          ReportFigureKey.PARTICIPANTS_ACTIVE,
          ReportDimension.TARGET_GROUP,
          key,
          `Deltakere i grupper: ${label}`,
        ),
      ),
      total(ReportFigureKey.PARTICIPANTS_NEW, 'Nye deltakere, i alt'),
      ...NAV_TARGET_GROUPS.map(([key, label]) =>
        part(
          ReportFigureKey.PARTICIPANTS_NEW,
          ReportDimension.TARGET_GROUP,
          key,
          `Nye deltakere: ${label}`,
        ),
      ),
      part(
        ReportFigureKey.PARTICIPANTS_ACTIVE,
        ReportDimension.AGE_BAND,
        '18-29',
        'Deltakere i grupper: 18–29 år',
      ),
      total(ReportFigureKey.GROUPS_ACTIVE, 'Grupper i drift'),
      total(ReportFigureKey.GROUPS_STARTED, 'Grupper startet'),
    ],
  },
  KONFLIKTRADET: {
    title: 'Rapport til Konfliktrådet',
    about:
      'Personer utsatt for vold i nære relasjoner som har fått et gruppetilbud. Registrert bare ' +
      'med samtykke, så tallene er minstetall.',
    lines: [
      part(
        ReportFigureKey.PARTICIPANTS_ACTIVE,
        ReportDimension.TARGET_GROUP,
        'EXPOSED_TO_VIOLENCE',
        'Deltakere i grupper utsatt for vold i nære relasjoner',
      ),
      part(
        ReportFigureKey.PARTICIPANTS_NEW,
        ReportDimension.TARGET_GROUP,
        'EXPOSED_TO_VIOLENCE',
        'Nye deltakere utsatt for vold i nære relasjoner',
      ),
      part(
        ReportFigureKey.GROUPS_ACTIVE,
        ReportDimension.COMPOSITION,
        'THEMED',
        'Tematiske grupper i drift',
      ),
      part(
        ReportFigureKey.REFERRALS,
        ReportDimension.SERVICE_KIND,
        'VIOLENCE_SUPPORT',
        'Henvist videre til hjelp ved vold',
      ),
      total(ReportFigureKey.PARTICIPANTS_ACTIVE, 'Deltakere i grupper, i alt'),
    ],
  },
  SPV: {
    title: 'Rapport til SPV – åpne grupper',
    about: 'Åpne grupper (drop-in): møter og oppmøte. Oppmøte er besøk, ikke personer.',
    lines: [
      part(
        ReportFigureKey.GROUPS_ACTIVE,
        ReportDimension.GROUP_KIND,
        'OPEN',
        'Åpne grupper i drift',
      ),
      part(
        ReportFigureKey.GROUPS_STARTED,
        ReportDimension.GROUP_KIND,
        'OPEN',
        'Åpne grupper startet',
      ),
      total(ReportFigureKey.OPEN_GROUP_MEETINGS, 'Møter i åpne grupper'),
      total(ReportFigureKey.OPEN_GROUP_ATTENDANCE, 'Oppmøte i åpne grupper (besøk)'),
    ],
  },
  COUNTY_PUBLIC_HEALTH: {
    title: 'Rapport til fylkeskommunen – folkehelsemidler',
    about:
      'Lavterskeltilbudet i kommunene: henvendelser, svartid, grupper, deltakere og frivillige.',
    lines: [
      total(ReportFigureKey.INQUIRIES_RECEIVED, 'Henvendelser mottatt'),
      total(ReportFigureKey.ANSWERED_WITHIN_A_DAY, 'Besvart innen ett døgn (prosent)'),
      total(
        ReportFigureKey.CONVERSATION_WITHIN_A_WEEK,
        'Invitert til samtale innen en uke (prosent)',
      ),
      total(
        ReportFigureKey.CONVERSATION_HELD_WITHIN_A_WEEK,
        'Samtale holdt innen en uke (prosent)',
      ),
      total(ReportFigureKey.GROUPS_STARTED, 'Grupper startet'),
      total(ReportFigureKey.GROUPS_ACTIVE, 'Grupper i drift'),
      total(ReportFigureKey.PARTICIPANTS_ACTIVE, 'Deltakere i grupper'),
      total(ReportFigureKey.PARTICIPANTS_NEW, 'Nye deltakere'),
      total(ReportFigureKey.ACTIVE_VOLUNTEERS, 'Aktive frivillige'),
      total(ReportFigureKey.PEOPLE_TRAINED, 'Personer som fullførte kurs'),
    ],
  },
};

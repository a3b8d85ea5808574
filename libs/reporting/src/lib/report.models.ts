import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ReportDimension, ReportFigureKey, ReportUnit } from './figure-catalog';
import { FunderProgramme } from './funder-reports';

export enum ReportScope {
  CENTRE = 'CENTRE',
  NATIONAL = 'NATIONAL',
}
registerEnumType(ReportScope, {
  name: 'ReportScope',
  description:
    "CENTRE: the signed-in centre's own figures, as they are. NATIONAL: every centre and the " +
    'whole country, with small counts suppressed.',
});

@ObjectType('ReportPeriod', { description: 'The whole months a report covers.' })
export class ReportPeriodModel {
  @Field({ description: 'First day of the first month (YYYY-MM-DD).' }) from: string;
  @Field({ description: 'Last day of the last month (YYYY-MM-DD).' }) to: string;
  @Field(() => Int) months: number;
  @Field({ description: 'In Norwegian, e.g. "1. kvartal 2025" or "januar–mai 2025".' })
  label: string;
  @Field(() => String, {
    nullable: true,
    description: 'Why the period differs from the one asked for (Norwegian), if it does.',
  })
  note: string | null;
}

@ObjectType('ReportSuppression', { description: 'How small counts were protected.' })
export class ReportSuppressionModel {
  @Field(() => Int, {
    description: 'Published counts of people from 1 to this minus one are not shown (k).',
  })
  threshold: number;
  @Field(() => Int, {
    description:
      'A published count of people differs from the true count by at most this much (usually ' +
      'by 0 or 1); the same count in the same cell always gets the same difference. Counts of ' +
      'work (groups, meetings, follow-ups, courses) are exact.',
  })
  maxNoise: number;
  @Field({ description: 'The rule, in Norwegian, for a footnote.' }) rule: string;
  @Field(() => Int, { description: 'How many numbers in this report are hidden.' })
  hiddenNumbers: number;
}

@ObjectType('ReportValue', {
  description: 'A number, or null when it is hidden (suppressed) or there is nothing to compute.',
})
export class ReportValueModel {
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({ description: 'True when a number exists but is hidden to protect anonymity.' })
  suppressed: boolean;
}

@ObjectType('ReportRow', { description: "One centre's number, or the country's (centreId null)." })
export class ReportRowModel extends ReportValueModel {
  @Field(() => ID, { nullable: true }) centreId: string | null;
  @Field() centreName: string;
}

@ObjectType('ReportCategory')
export class ReportCategoryModel {
  @Field() key: string;
  @Field({ description: 'Norwegian label.' }) label: string;
}

@ObjectType('ReportBreakdownRow')
export class ReportBreakdownRowModel {
  @Field(() => ID, { nullable: true }) centreId: string | null;
  @Field() centreName: string;
  @Field(() => [ReportValueModel], { description: 'One per category, in category order.' })
  cells: ReportValueModel[];
}

@ObjectType('ReportBreakdown', { description: 'A figure by one dimension: centres × categories.' })
export class ReportBreakdownModel {
  @Field(() => ReportDimension) dimension: ReportDimension;
  @Field({ description: 'Norwegian label.' }) label: string;
  @Field(() => [ReportCategoryModel]) categories: ReportCategoryModel[];
  @Field(() => [ReportBreakdownRowModel]) rows: ReportBreakdownRowModel[];
}

@ObjectType('ReportFigure')
export class ReportFigureModel {
  @Field(() => ReportFigureKey) key: ReportFigureKey;
  @Field({ description: 'Norwegian label.' }) label: string;
  @Field({ description: 'What is counted, in Norwegian.' }) description: string;
  @Field(() => ReportUnit) unit: ReportUnit;
  @Field({
    description:
      'Whether the figure counts people (or what they did: inquiries, visits, referrals). ' +
      'Published, those are protected; figures about the centres’ work (groups, meetings, ' +
      'follow-ups, courses) are published exactly.',
  })
  countsPeople: boolean;
  @Field({
    description:
      'False when the figure counts people and the published period is not a month, quarter, ' +
      'half-year or year: such counts are published for those periods only, and the values are null.',
  })
  published: boolean;
  @Field(() => [ReportRowModel], { description: 'Per centre; the national row last.' })
  rows: ReportRowModel[];
  @Field(() => [ReportBreakdownModel]) breakdowns: ReportBreakdownModel[];
}

@ObjectType('Report', {
  description:
    'Figures for a period. Never a person, never a single group, never free text: counts, ' +
    'shares and days.',
})
export class ReportModel {
  @Field(() => ReportScope) scope: ReportScope;
  @Field(() => ReportPeriodModel) period: ReportPeriodModel;
  @Field(() => ReportSuppressionModel, {
    nullable: true,
    description: 'Null for a centre looking at its own figures, which are not suppressed.',
  })
  suppression: ReportSuppressionModel | null;
  @Field(() => [ReportFigureModel]) figures: ReportFigureModel[];
}

@ObjectType('ReportSeriesRow', { description: "One centre's months, or the country's." })
export class ReportSeriesRowModel {
  @Field(() => ID, { nullable: true }) centreId: string | null;
  @Field() centreName: string;
  @Field(() => [ReportValueModel], { description: 'One per month, in month order.' })
  points: ReportValueModel[];
}

@ObjectType('ReportTimeSeries', { description: 'One figure per month, for a chart.' })
export class ReportTimeSeriesModel {
  @Field(() => ReportFigureKey) figure: ReportFigureKey;
  @Field() label: string;
  @Field(() => ReportUnit) unit: ReportUnit;
  @Field(() => ReportScope) scope: ReportScope;
  @Field(() => [String], { description: 'The months, as YYYY-MM.' }) months: string[];
  @Field(() => [ReportSeriesRowModel]) rows: ReportSeriesRowModel[];
  @Field(() => ReportSuppressionModel, { nullable: true })
  suppression: ReportSuppressionModel | null;
}

@ObjectType('FunderReportLine')
export class FunderReportLineModel {
  @Field({ description: 'Norwegian label, as in the export.' }) label: string;
  @Field(() => ReportFigureKey) figure: ReportFigureKey;
  @Field(() => [ReportValueModel], { description: 'One per column.' }) values: ReportValueModel[];
}

@ObjectType('FunderReport', {
  description: 'What one funding programme asks for, cut from the published (suppressed) figures.',
})
export class FunderReportModel {
  @Field(() => FunderProgramme) programme: FunderProgramme;
  @Field() title: string;
  @Field() about: string;
  @Field(() => ReportPeriodModel) period: ReportPeriodModel;
  @Field(() => ReportSuppressionModel) suppression: ReportSuppressionModel;
  @Field(() => [String], { description: 'Centre names, then "Hele landet" for all centres.' })
  columns: string[];
  @Field(() => [FunderReportLineModel]) lines: FunderReportLineModel[];
}

@ObjectType('ReportFile', { description: 'An export, ready to save.' })
export class ReportFileModel {
  @Field() filename: string;
  @Field() contentType: string;
  @Field() contentBase64: string;
}

@ObjectType('SinceTheStartRow', {
  description: "One centre's figures since it started, or the country's.",
})
export class SinceTheStartRowModel {
  @Field(() => ID, { nullable: true }) centreId: string | null;
  @Field() centreName: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The first month with any activity (YYYY-MM): the first inquiry or the first group. ' +
      'For the country, the earliest centre. Null while there is none.',
  })
  since: string | null;
  @Field(() => ReportValueModel, {
    description: 'Groups started since then. Counts work, not people: published exactly.',
  })
  groupsStarted: ReportValueModel;
  @Field(() => ReportValueModel, {
    description:
      'Different people who have been in a group since then, each once, also people erased ' +
      'since (their anonymous history is kept). Published, protected like every count of people.',
  })
  peopleInGroups: ReportValueModel;
}

@ObjectType('SinceTheStart', {
  description:
    'What the centres put on their web pages ("39 groups since 2021, more than 140 people"): ' +
    "from each centre's first activity until the end of the running month (a centre's own, " +
    'exact) or the last finished month (national office: every centre and the country).',
})
export class SinceTheStartModel {
  @Field(() => ReportScope) scope: ReportScope;
  @Field({ description: 'The last day counted (YYYY-MM-DD).' }) until: string;
  @Field(() => [SinceTheStartRowModel], { description: 'Per centre; the national row last.' })
  rows: SinceTheStartRowModel[];
  @Field(() => ReportSuppressionModel, {
    nullable: true,
    description: 'Null for a centre looking at its own figures, which are not suppressed.',
  })
  suppression: ReportSuppressionModel | null;
}

import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

import { ReportFigureKey } from './figure-catalog';
import { FunderProgramme } from './funder-reports';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-01-31.';

@InputType({
  description:
    'A period from one day to another, both included. Reports widen it to whole months: ' +
    'a quarter is from 2025-04-01 to 2025-06-30, a year from 2025-01-01 to 2025-12-31.',
})
export class ReportPeriodInput {
  @Field({ description: 'First day (YYYY-MM-DD).' })
  @Matches(DAY, { message: DAY_MESSAGE })
  from: string;

  @Field({ description: 'Last day, included (YYYY-MM-DD).' })
  @Matches(DAY, { message: DAY_MESSAGE })
  to: string;
}

@ArgsType()
export class ReportArgs {
  @Field(() => ReportPeriodInput)
  @ValidateNested()
  @Type(() => ReportPeriodInput)
  period: ReportPeriodInput;
}

@ArgsType()
export class TimeSeriesArgs extends ReportArgs {
  @Field(() => ReportFigureKey)
  @IsEnum(ReportFigureKey, { message: 'Ukjent tall.' })
  figure: ReportFigureKey;
}

export enum ReportFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ReportFileFormat, { name: 'ReportFileFormat' });

@ArgsType()
export class FunderReportArgs extends ReportArgs {
  @Field(() => FunderProgramme)
  @IsEnum(FunderProgramme, { message: 'Ukjent tilskuddsordning.' })
  programme: FunderProgramme;

  @Field(() => ID, {
    nullable: true,
    description: 'National office only: one centre instead of all. Centre staff get their own.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'centreId må være en gyldig id.' })
  centreId?: string;
}

@ArgsType()
export class FunderExportArgs extends FunderReportArgs {
  @Field(() => ReportFileFormat)
  @IsEnum(ReportFileFormat, { message: 'Velg CSV eller XLSX.' })
  format: ReportFileFormat;
}

import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';

import { IsCalendarDate, IsNotFutureDate, Trimmed } from '@link/shared/graphql';

/** The same words as a participant's preferences use (kept as strings: domains do not import each other). */
const TIMES_OF_DAY = ['MORNING', 'FORENOON', 'AFTERNOON', 'EVENING'];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const uuid = (field: string) => ({ message: `${field} må være en gyldig id.` });
@InputType({ description: 'What a volunteer offers this centre. Lists left out stay as they are.' })
export class VolunteerDetailsInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  skills?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  languages?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  municipalities?: string[];
  @Field(() => [String], { nullable: true, description: 'MORNING, FORENOON, AFTERNOON, EVENING.' })
  @IsOptional()
  @IsIn(TIMES_OF_DAY, { each: true, message: 'Ukjent tid på døgnet.' })
  availableTimesOfDay?: string[];
  @Field(() => [String], { nullable: true, description: 'MONDAY … SUNDAY.' })
  @IsOptional()
  @IsIn(WEEKDAYS, { each: true, message: 'Ukjent ukedag.' })
  availableWeekdays?: string[];
}

@InputType({ description: 'Make a staff member of this centre a volunteer here.' })
export class RegisterVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID) @IsUUID('all', uuid('staffMemberId')) staffMemberId: string;
}

@InputType()
export class UpdateVolunteerInput extends VolunteerDetailsInput {
  @Field(() => ID) @IsUUID('all', uuid('id')) id: string;
  @Field({ nullable: true, description: 'ACTIVE, PAUSED or LEFT.' })
  @IsOptional()
  @IsIn(['ACTIVE', 'PAUSED', 'LEFT'], {
    message: 'Velg aktiv, på pause eller sluttet.',
  })
  status?: 'ACTIVE' | 'PAUSED' | 'LEFT';
  @Field({
    nullable: true,
    description: 'When the confidentiality agreement (taushetserklæring) was signed.',
  })
  @IsOptional()
  @IsCalendarDate()
  confidentialitySignedOn?: string;
}

@InputType({
  description: 'A police certificate was shown. Record only that, never the certificate itself.',
})
export class PoliceCertificateInput {
  @Field(() => ID) @IsUUID('all', uuid('volunteerId')) volunteerId: string;
  @Field({
    description:
      'ORDINARY, CHILDREN_AND_VULNERABLE or EXTENDED (ordinær, barneomsorg/sårbare, utvidet).',
  })
  @IsIn(['ORDINARY', 'CHILDREN_AND_VULNERABLE', 'EXTENDED'], {
    message: 'Ukjent type politiattest.',
  })
  kind: string;
  @Field({ description: 'The task that requires it.' })
  @Trimmed()
  @IsString()
  @MinLength(3, { message: 'Skriv hvilken oppgave attesten gjelder.' })
  @MaxLength(120)
  task: string;
  @Field({ description: 'The day it was shown: today or earlier.' })
  @IsCalendarDate()
  @IsNotFutureDate({ message: 'Attesten kan ikke være vist etter i dag.' })
  shownOn: string;
  @Field(() => Int, { defaultValue: 36, description: 'Months the centre accepts it (default 36).' })
  @IsInt()
  @Min(1)
  @Max(120)
  validMonths = 36;
}

/**
 * Hours are logged in half hours, from half an hour to a day: the column keeps one decimal, and
 * a value like 1e-9 or 0.33 would be rounded to something nobody entered.
 */
function IsHalfHours(): PropertyDecorator {
  return ValidateBy({
    name: 'isHalfHours',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' && Number.isInteger(value * 2) && value >= 0.5 && value <= 24,
      defaultMessage: () => 'Før timer i halve timer, fra 0,5 til 24 (for eksempel 1,5).',
    },
  });
}

@InputType()
export class VolunteerHoursInput {
  @Field(() => ID) @IsUUID('all', uuid('volunteerId')) volunteerId: string;
  @Field({ description: 'The day worked: today or earlier.' })
  @IsCalendarDate()
  @IsNotFutureDate({ message: 'Timer kan bare føres for i dag eller dager som har vært.' })
  workedOn: string;
  @Field({ description: 'Hours in half hours, from 0.5 to 24.' })
  @IsHalfHours()
  hours: number;
  @Field({ description: 'GROUP_START, COURSE, STAND_OR_TALK, ADMIN or OTHER.' })
  @IsIn(['GROUP_START', 'COURSE', 'STAND_OR_TALK', 'ADMIN', 'OTHER'], {
    message: 'Ukjent aktivitet.',
  })
  activity: string;
}

@InputType({ description: 'Hours you worked as a volunteer for the active centre.' })
export class MyVolunteerHoursInput extends OmitType(VolunteerHoursInput, [
  'volunteerId',
] as const) {}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { TrimmedOrUndefined, Weekday } from '@link/groups/intake';
import { IsCalendarDate } from '@link/shared/graphql';

import { GroupComposition, GroupFormat, GroupKind, GroupStatus } from '../groups.enums';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({ description: 'A new group. It starts as PLANNED.' })
export class CreateGroupInput {
  @Field({ description: 'For the centre only; never shown publicly.' })
  @TrimmedOrUndefined()
  @IsString({ message: 'Skriv inn et navn.' })
  @MinLength(2, { message: 'Navnet må ha minst 2 tegn.' })
  @MaxLength(80, { message: 'Navnet kan ha høyst 80 tegn.' })
  name: string;

  @Field(() => GroupKind)
  @IsEnum(GroupKind, { message: 'Velg lukket eller åpen gruppe.' })
  kind: GroupKind;

  @Field(() => GroupFormat)
  @IsEnum(GroupFormat, { message: 'Velg fysisk eller digital.' })
  format: GroupFormat;

  @Field(() => GroupComposition)
  @IsEnum(GroupComposition, { message: 'Velg på tvers eller tematisk.' })
  composition: GroupComposition;

  @Field({ nullable: true, description: 'Required for a themed group.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(80, { message: 'Temaet kan ha høyst 80 tegn.' })
  theme?: string;

  @Field(() => Weekday)
  @IsEnum(Weekday, { message: 'Ukjent ukedag.' })
  weekday: Weekday;

  @Field({ description: 'Local time, "HH:MM" (e.g. "18:00").' })
  @Matches(TIME, { message: 'Skriv klokkeslettet som TT:MM, f.eks. 18:00.' })
  startTime: string;

  @Field(() => Int, { defaultValue: 120, description: 'Minutes; two hours by default.' })
  @IsInt()
  @Min(30, { message: 'Minst 30 minutter.' })
  @Max(300, { message: 'Høyst 300 minutter.' })
  durationMinutes = 120;

  @Field({
    nullable: true,
    description: 'Where a physical group meets: a municipality the centre serves.',
  })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  municipality?: string;

  @Field({ nullable: true, description: 'For a digital group. Visible to the centre only.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Møtelenken må være en https-adresse.' },
  )
  meetingLink?: string;

  @Field(() => Int, {
    nullable: true,
    description: "Defaults to the centre's largest group size (8).",
  })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(30)
  capacity?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(18, { message: 'Gruppene er for voksne: laveste alder er 18.' })
  @Max(120)
  ageRangeMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(18, { message: 'Gruppene er for voksne: laveste alder er 18.' })
  @Max(120)
  ageRangeMax?: number;

  @Field({ description: 'First meeting, "YYYY-MM-DD".' })
  @IsCalendarDate()
  startDate: string;
}

@InputType()
export class ChangeGroupStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;

  @Field(() => GroupStatus)
  @IsEnum(GroupStatus, { message: 'Ukjent status.' })
  status: GroupStatus;

  @Field({ nullable: true, description: 'When it happened, "YYYY-MM-DD"; today when left out.' })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

@InputType({ description: 'A self-run group invited its starter back, or the starter returned.' })
export class StarterVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'groupId må være en gyldig id.' })
  groupId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsCalendarDate()
  on?: string;

  @Field({
    nullable: true,
    description: 'Why, in a word or two (e.g. "konflikt", "nye medlemmer").',
  })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(40, { message: 'Høyst 40 tegn: ett eller to ord.' })
  reason?: string;
}

@InputType({
  description:
    'A new closed group made from a proposal (groupProposals): the group as the coordinator ' +
    "confirms it (day, time, place from the proposal) and the proposal's people as its members.",
})
export class CreateGroupFromProposalInput {
  @Field(() => CreateGroupInput)
  @ValidateNested()
  @Type(() => CreateGroupInput)
  group: CreateGroupInput;

  @Field(() => [ID], { description: "The proposal's participants (those who still wait)." })
  @ArrayMinSize(2, { message: 'En gruppe trenger minst to deltakere.' })
  @ArrayMaxSize(30, { message: 'Høyst 30 deltakere.' })
  @ArrayUnique({ message: 'Samme person er med to ganger.' })
  @IsUUID('all', { each: true, message: 'participantIds må være gyldige id-er.' })
  participantIds: string[];
}

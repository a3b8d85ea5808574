import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import {
  CompositionPreference,
  Gender,
  GenderMixWish,
  GroupFormatPreference,
  TargetGroup,
  TimeOfDay,
  Weekday,
} from '../intake.enums';
import {
  IsAdultBirthYear,
  IsContactEmail,
  IsContactPhone,
  IsFirstNameOrAlias,
  TrimmedOrUndefined,
} from './validators';

@InputType({ description: 'What the person wishes for in a group. Every field is optional.' })
export class PreferencesInput {
  @Field(() => [TimeOfDay], {
    nullable: true,
    description: 'An empty list clears the wish; left out or null, it is unchanged.',
  })
  @IsOptional()
  @ArrayUnique({ message: 'Hver tid på døgnet kan bare velges én gang.' })
  @IsEnum(TimeOfDay, { each: true, message: 'Ukjent tid på døgnet.' })
  timesOfDay?: TimeOfDay[];

  @Field(() => [Weekday], {
    nullable: true,
    description: 'An empty list clears the wish; left out or null, it is unchanged.',
  })
  @IsOptional()
  @ArrayUnique({ message: 'Hver ukedag kan bare velges én gang.' })
  @IsEnum(Weekday, { each: true, message: 'Ukjent ukedag.' })
  weekdays?: Weekday[];

  @Field(() => GroupFormatPreference, { nullable: true })
  @IsOptional()
  @IsEnum(GroupFormatPreference, { message: 'Velg fysisk, digital eller begge.' })
  format?: GroupFormatPreference;

  @Field(() => CompositionPreference, { nullable: true })
  @IsOptional()
  @IsEnum(CompositionPreference, { message: 'Velg på tvers, tematisk eller begge.' })
  composition?: CompositionPreference;

  @Field({ nullable: true, description: 'The theme, for a themed group (e.g. "samlivsbrudd").' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(80, { message: 'Temaet kan ha høyst 80 tegn.' })
  theme?: string;

  @Field(() => GenderMixWish, { nullable: true })
  @IsOptional()
  @IsEnum(GenderMixWish, { message: 'Ukjent ønske om kjønnssammensetning.' })
  genderMix?: GenderMixWish;

  @Field(() => Int, { nullable: true, description: 'Youngest co-member the person wishes for.' })
  @IsOptional()
  @IsInt({ message: 'Alder må være et helt tall.' })
  @Min(18, { message: 'Gruppene er for voksne: laveste alder er 18.' })
  @Max(120, { message: 'Alder kan være høyst 120.' })
  ageRangeMin?: number;

  @Field(() => Int, { nullable: true, description: 'Oldest co-member the person wishes for.' })
  @IsOptional()
  @IsInt({ message: 'Alder må være et helt tall.' })
  @Min(18, { message: 'Gruppene er for voksne: laveste alder er 18.' })
  @Max(120, { message: 'Alder kan være høyst 120.' })
  ageRangeMax?: number;

  @Field({ nullable: true, description: 'Other wishes for the group, in a few words.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(300, { message: 'Ønskene kan ha høyst 300 tegn.' })
  notes?: string;
}

@InputType({ description: 'The person: first name or alias, and only what the centre needs.' })
export class PersonInput {
  @Field({ description: 'First name or alias: a full name is not needed.' })
  @IsFirstNameOrAlias()
  displayName: string;

  @Field({ nullable: true, description: 'Norwegian numbers without +47 are fine.' })
  @IsOptional()
  @IsContactPhone()
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsContactEmail()
  email?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsAdultBirthYear()
  birthYear?: number;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender, { message: 'Ukjent kjønn.' })
  gender?: Gender;

  @Field({ nullable: true, description: 'One of the municipalities the centre serves.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  municipality?: string;

  @Field(() => [String], { nullable: true, description: 'Languages the person is comfortable in.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'Høyst 10 språk.' })
  @IsString({ each: true })
  @MinLength(2, { each: true, message: 'Språknavn må ha minst 2 tegn.' })
  @MaxLength(40, { each: true, message: 'Språknavn kan ha høyst 40 tegn.' })
  languages?: string[];

  @Field(() => PreferencesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreferencesInput)
  preferences?: PreferencesInput;
}

@InputType({ description: 'Changes to a person. Fields left out stay as they are.' })
// Left out means unchanged; null is validated like any value, so it clears only what may be empty.
export class UpdateParticipantInput extends PartialType(PersonInput, {
  skipNullProperties: false,
}) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;

  @Field(() => [TargetGroup], {
    nullable: true,
    description: "Funders' target groups. Needs the consent KEEP_TARGET_GROUP_DATA; [] clears.",
  })
  @IsOptional()
  @ArrayUnique({ message: 'Hver målgruppe kan bare velges én gang.' })
  @IsEnum(TargetGroup, { each: true, message: 'Ukjent målgruppe.' })
  targetGroups?: TargetGroup[];
}

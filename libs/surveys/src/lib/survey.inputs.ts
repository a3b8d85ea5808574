import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
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

import { IsCalendarDate, Trimmed } from '@link/shared/graphql';

import { SurveyFileFormat, SurveyQuestionKind } from './survey.enums';

@InputType({ description: 'One question, in Norwegian. Options only for SINGLE and MULTIPLE.' })
export class SurveyQuestionInput {
  @Field(() => SurveyQuestionKind)
  @IsEnum(SurveyQuestionKind, { message: 'Velg skala, ett valg, flere valg eller fritekst.' })
  kind: SurveyQuestionKind;

  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'Skriv spørsmålet.' })
  @MaxLength(300, { message: 'Spørsmålet kan ha høyst 300 tegn.' })
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @IsString({ each: true })
  @ArrayMaxSize(12, { message: 'Et spørsmål kan ha høyst 12 svaralternativer.' })
  @MinLength(1, { each: true, message: 'Et svaralternativ kan ikke være tomt.' })
  @MaxLength(100, { each: true, message: 'Et svaralternativ kan ha høyst 100 tegn.' })
  options: string[] = [];

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  required = false;
}

@InputType()
export class SurveyDetailsInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(1, { message: 'Gi undersøkelsen en tittel.' })
  @MaxLength(200, { message: 'Tittelen kan ha høyst 200 tegn.' })
  title: string;

  @Field(() => String, { defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000, { message: 'Innledningen kan ha høyst 2000 tegn.' })
  intro = '';

  @Field({ description: 'The first day answers are taken (YYYY-MM-DD).' })
  @IsCalendarDate()
  opensOn: string;

  @Field({ description: 'The last day answers are taken (YYYY-MM-DD).' })
  @IsCalendarDate()
  closesOn: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Answers needed before any result is shown; never below the reporting k (default k).',
  })
  @IsOptional()
  @IsInt({ message: 'Minste antall svar må være et heltall.' })
  @Max(1000, { message: 'Minste antall svar kan være høyst 1000.' })
  minAnswers?: number | null;

  @Field(() => [SurveyQuestionInput])
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  @ArrayMinSize(1, { message: 'En undersøkelse må ha minst ett spørsmål.' })
  @ArrayMaxSize(40, { message: 'En undersøkelse kan ha høyst 40 spørsmål.' })
  questions: SurveyQuestionInput[];

  @Field(() => [ID], {
    nullable: true,
    description: 'National office only: the centres taking part (a national survey).',
  })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'Sentrene må være gyldige id-er.' })
  @ArrayMaxSize(200)
  centreIds?: string[] | null;
}

@InputType()
export class CreateSurveyInput extends SurveyDetailsInput {}

@InputType()
export class UpdateSurveyInput extends SurveyDetailsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;
}

@InputType({ description: 'A batch of one-time codes. Never put names in the label.' })
export class IssueSurveyCodesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Undersøkelsen må være en gyldig id.' })
  surveyId: string;

  @Field(() => Int)
  @IsInt({ message: 'Antall koder må være et heltall.' })
  @Min(1, { message: 'Lag minst én kode.' })
  @Max(500, { message: 'Lag høyst 500 koder om gangen.' })
  size: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(80, { message: 'Merkelappen kan ha høyst 80 tegn.' })
  label?: string | null;
}

@InputType({ description: 'The answer to one question: the field that fits its kind.' })
export class SurveyAnswerInput {
  @Field()
  @IsString()
  @MaxLength(10)
  questionId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Velg et tall fra 1 til 5.' })
  @Min(1, { message: 'Velg et tall fra 1 til 5.' })
  @Max(5, { message: 'Velg et tall fra 1 til 5.' })
  scale?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  choice?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(12)
  @MaxLength(100, { each: true })
  choices?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Svaret kan ha høyst 2000 tegn.' })
  text?: string | null;
}

@InputType()
export class AnswerSurveyInput {
  @Field({ description: 'The one-time code, as printed (dashes and spaces are ignored).' })
  @IsString()
  @MaxLength(20, { message: 'Koden er ukjent.' })
  code: string;

  @Field(() => [SurveyAnswerInput])
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  @ArrayMaxSize(40)
  answers: SurveyAnswerInput[];
}

@ArgsType()
export class SurveyCodeArgs {
  @Field()
  @IsString()
  @MaxLength(20, { message: 'Koden er ukjent.' })
  code: string;
}

@ArgsType()
export class SurveyFileArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;

  @Field(() => SurveyFileFormat)
  @IsEnum(SurveyFileFormat, { message: 'Velg CSV eller XLSX.' })
  format: SurveyFileFormat;
}

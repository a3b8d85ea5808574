import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { IsCentreSlug } from '@link/platform/auth';

import {
  IsContactEmail,
  IsContactPhone,
  IsFirstNameOrAlias,
  TrimmedOrUndefined,
} from './validators';

export const INTEREST_MESSAGE_MAX = 1000;

@InputType({
  description: 'The public interest form: how a person reaches a centre by themselves.',
})
export class InterestFormInput {
  @Field({ description: 'The centre\'s slug, e.g. "bergen".' })
  @IsCentreSlug()
  centre: string;

  @Field({ description: 'First name or alias.' })
  @IsFirstNameOrAlias()
  firstName: string;

  @Field({ nullable: true, description: 'A phone number, or an e-mail, or both.' })
  @IsOptional()
  @IsContactPhone()
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsContactEmail()
  email?: string;

  @Field({ nullable: true, description: 'When it suits the person to be contacted.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(200, { message: 'Høyst 200 tegn.' })
  preferredTimes?: string;

  @Field({ nullable: true, description: `Optional, at most ${INTEREST_MESSAGE_MAX} characters.` })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(INTEREST_MESSAGE_MAX, {
    message: `Meldingen kan ha høyst ${INTEREST_MESSAGE_MAX} tegn.`,
  })
  message?: string;

  @Field({
    nullable: true,
    description: 'Leave empty. A field people do not see; forms that fill it are ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  website?: string;
}

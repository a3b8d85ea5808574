import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, InputType } from '@nestjs/graphql';

import { IsAccountEmail, IsCentreSlug, IsNewPassword, IsPersonName } from '@link/platform/auth';

@InputType({ description: 'The first administrator of a new centre.' })
export class FirstAdminInput {
  @Field()
  @IsAccountEmail()
  email: string;

  @Field()
  @IsPersonName()
  displayName: string;

  @Field({
    nullable: true,
    description: 'Required when the person has no account yet; at least 12 characters.',
  })
  @IsOptional()
  @IsNewPassword()
  initialPassword?: string;
}

@InputType({ description: 'A new LINK centre and its first administrator.' })
export class OnboardCentreInput {
  @Field({ description: 'Short name, lower case, e.g. "stavanger".' })
  @IsCentreSlug()
  slug: string;

  @Field({ description: 'Full name, e.g. "LINK Stavanger".' })
  @IsString({ message: 'Navnet må være tekst.' })
  @MinLength(3, { message: 'Navnet må ha minst 3 tegn.' })
  @MaxLength(120, { message: 'Navnet kan ha høyst 120 tegn.' })
  name: string;

  @Field(() => [String], { description: 'The municipalities (kommuner) the centre serves.' })
  @ArrayMinSize(1, { message: 'Oppgi minst én kommune.' })
  @ArrayMaxSize(100, { message: 'Høyst 100 kommuner.' })
  @IsString({ each: true, message: 'Kommunenavn må være tekst.' })
  @MinLength(2, { each: true, message: 'Kommunenavn må ha minst 2 tegn.' })
  @MaxLength(80, { each: true, message: 'Kommunenavn kan ha høyst 80 tegn.' })
  municipalities: string[];

  @Field(() => FirstAdminInput)
  @ValidateNested()
  @Type(() => FirstAdminInput)
  firstAdmin: FirstAdminInput;
}

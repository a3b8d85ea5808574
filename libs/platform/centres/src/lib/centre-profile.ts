import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsOptional,
  IsPhoneNumber,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
} from 'class-validator';

import { Trimmed } from '@link/shared/graphql';

@ObjectType('CentreProfile', {
  description: 'What a centre says about itself: its name, municipalities and contact details.',
})
export class CentreProfileModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short name used in sign-in; it does not change.' })
  slug: string;

  @Field({ description: 'The full name, e.g. "LINK Bergen og omegn".' })
  name: string;

  @Field(() => [String], { description: 'The municipalities (kommuner) the centre serves.' })
  municipalities: string[];

  @Field(() => String, { nullable: true, description: "The centre's public e-mail address." })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: "The centre's public phone number." })
  contactPhone: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or visiting address.' })
  postalAddress: string | null;

  @Field(() => String, { nullable: true, description: "The centre's web site." })
  website: string | null;
}

@ObjectType('PublicCentre', {
  description:
    'What anyone may read of a centre, for its public pages: its name, area and how to reach it.',
})
export class PublicCentreModel {
  @Field()
  slug: string;

  @Field({ description: 'The full name, e.g. "LINK Bergen og omegn".' })
  name: string;

  @Field(() => [String], { description: 'The municipalities (kommuner) the centre serves.' })
  municipalities: string[];

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;
}

/** null clears a contact detail; a field left out stays as it was. */
@InputType({ description: "Change the active centre's name, municipalities or contact details." })
export class UpdateCentreProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString({ message: 'Navnet må være tekst.' })
  @MinLength(3, { message: 'Navnet må ha minst 3 tegn.' })
  @MaxLength(120, { message: 'Navnet kan ha høyst 120 tegn.' })
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Every municipality the centre serves now (replaces the list).',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'Oppgi minst én kommune.' })
  @ArrayMaxSize(100, { message: 'Høyst 100 kommuner.' })
  @IsString({ each: true, message: 'Kommunenavn må være tekst.' })
  @MinLength(2, { each: true, message: 'Kommunenavn må ha minst 2 tegn.' })
  @MaxLength(80, { each: true, message: 'Kommunenavn kan ha høyst 80 tegn.' })
  municipalities?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsEmail({}, { message: 'Skriv inn en gyldig e-postadresse.' })
  @MaxLength(254, { message: 'E-postadressen er for lang.' })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Norwegian numbers need no +47.' })
  @IsOptional()
  @Trimmed()
  @IsPhoneNumber('NO', { message: 'Skriv inn et gyldig telefonnummer.' })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString({ message: 'Adressen må være tekst.' })
  @MinLength(3, { message: 'Adressen må ha minst 3 tegn.' })
  @MaxLength(300, { message: 'Adressen kan ha høyst 300 tegn.' })
  postalAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true },
    { message: 'Skriv nettadressen med https://, for eksempel https://linkbergen.no.' },
  )
  @MaxLength(300, { message: 'Nettadressen kan ha høyst 300 tegn.' })
  website?: string | null;
}

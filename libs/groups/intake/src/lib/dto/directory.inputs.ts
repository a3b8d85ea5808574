import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

import { PartnerKind, ServiceKind } from '../intake.enums';
import { TrimmedOrUndefined } from './validators';

@InputType({ description: "A partner organisation in the centre's directory." })
export class PartnerInput {
  @Field()
  @TrimmedOrUndefined()
  @IsString({ message: 'Skriv inn et navn.' })
  @MinLength(2, { message: 'Navnet må ha minst 2 tegn.' })
  @MaxLength(120, { message: 'Navnet kan ha høyst 120 tegn.' })
  name: string;

  @Field(() => PartnerKind)
  @IsEnum(PartnerKind, { message: 'Velg hva slags samarbeidspartner det er.' })
  kind: PartnerKind;

  @Field({
    nullable: true,
    description: 'A contact person at the partner (a professional contact).',
  })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(120, { message: 'Høyst 120 tegn.' })
  contactPerson?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsEmail({}, { message: 'Skriv inn en gyldig e-postadresse.' })
  contactEmail?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(40, { message: 'Høyst 40 tegn.' })
  contactPhone?: string;

  @Field({ defaultValue: false, description: 'Whether the partner lends meeting rooms.' })
  @IsBoolean()
  lendsRooms: boolean;
}

@InputType()
// Left out means unchanged; null is validated like any value, so it clears only what may be empty.
export class UpdatePartnerInput extends PartialType(PartnerInput, { skipNullProperties: false }) {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;

  // Without a default of its own, it would take PartnerInput's `false` and reset the partner.
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the partner lends meeting rooms; left out means unchanged.',
  })
  @IsBoolean({ message: 'Velg ja eller nei.' })
  declare lendsRooms?: boolean;
}

@InputType({ description: 'Another offer the centre can refer people to.' })
export class ServiceInput {
  @Field()
  @TrimmedOrUndefined()
  @IsString({ message: 'Skriv inn et navn.' })
  @MinLength(2, { message: 'Navnet må ha minst 2 tegn.' })
  @MaxLength(120, { message: 'Navnet kan ha høyst 120 tegn.' })
  name: string;

  @Field(() => ServiceKind, { description: 'What kind of offer it is (used in reports).' })
  @IsEnum(ServiceKind, { message: 'Velg hva slags tilbud det er.' })
  kind: ServiceKind;

  @Field({ nullable: true })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(500, { message: 'Høyst 500 tegn.' })
  description?: string;

  @Field({ nullable: true, description: 'How to reach the service (phone, web address).' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(200, { message: 'Høyst 200 tegn.' })
  contact?: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
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

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeMessage = { message: 'Skriv klokkeslettet som TT:MM.' };

@InputType()
export class AvailabilityInput {
  @Field(() => Weekday) @IsEnum(Weekday, { message: 'Ukjent ukedag.' }) weekday: Weekday;
  @Field({ description: '"HH:MM"' }) @Matches(TIME, timeMessage) startsAt: string;
  @Field({ description: '"HH:MM"' }) @Matches(TIME, timeMessage) endsAt: string;
}

@InputType({ description: 'A meeting room, and when it can be used each week.' })
export class CreateRoomInput {
  @Field()
  @TrimmedOrUndefined()
  @IsString()
  @MinLength(2, { message: 'Navnet må ha minst 2 tegn.' })
  @MaxLength(80)
  name: string;
  @Field()
  @TrimmedOrUndefined()
  @IsString()
  @MinLength(3, { message: 'Skriv inn adressen.' })
  @MaxLength(160)
  address: string;
  @Field() @TrimmedOrUndefined() @IsString() municipality: string;
  @Field(() => Int) @IsInt() @Min(2, { message: 'Minst 2 plasser.' }) @Max(200) capacity: number;
  @Field({ defaultValue: false, description: 'Step-free access (trinnfri tilgang).' })
  @IsBoolean()
  stepFree: boolean;
  @Field(() => ID, { nullable: true, description: 'The partner lending the room.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId må være en gyldig id.' })
  partnerId?: string;
  @Field({ defaultValue: true }) @IsBoolean() freeOfCharge: boolean;
  @Field(() => [AvailabilityInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityInput)
  availability: AvailabilityInput[];
}

@InputType()
export class BookRoomInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId må være en gyldig id.' }) groupId: string;
  @Field(() => ID) @IsUUID('all', { message: 'roomId må være en gyldig id.' }) roomId: string;
  @Field({
    nullable: true,
    description: 'First date, "YYYY-MM-DD"; the group\'s start date when left out.',
  })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string;
  @Field({ nullable: true, description: 'Last date (exclusive); open-ended when left out.' })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string;
}

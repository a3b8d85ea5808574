import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

import { PageArgs } from '@link/shared/graphql';

import { GroupFormatPreference, TimeOfDay, Weekday } from '../intake.enums';
import { TrimmedOrUndefined } from './validators';

@ArgsType()
export class WaitlistFilter extends PageArgs {
  @Field({ nullable: true })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(80)
  municipality?: string;

  @Field(() => TimeOfDay, {
    nullable: true,
    description: 'People who can meet at this time of day.',
  })
  @IsOptional()
  @IsEnum(TimeOfDay, { message: 'Ukjent tid på døgnet.' })
  timeOfDay?: TimeOfDay;

  @Field(() => Weekday, { nullable: true, description: 'People who can meet on this day.' })
  @IsOptional()
  @IsEnum(Weekday, { message: 'Ukjent ukedag.' })
  weekday?: Weekday;

  @Field(() => GroupFormatPreference, {
    nullable: true,
    description: 'PHYSICAL or DIGITAL; EITHER-people match both.',
  })
  @IsOptional()
  @IsEnum(GroupFormatPreference, { message: 'Ukjent format.' })
  format?: GroupFormatPreference;

  @Field({ nullable: true })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(80)
  theme?: string;
}

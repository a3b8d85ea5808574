import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

/** A weight per matching criterion; left out means the default. */
@InputType({
  description: 'How much each matching criterion counts (0–100). Left out: the default.',
})
export class MatchingWeightsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  sameMunicipality?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  neighbouringMunicipality?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  statedWeekday?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  statedTimeOfDay?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  exactFormat?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  themeMatch?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  compositionWish?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  ageSpanWithin?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) ageWish?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) genderMix?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(100) groupSize?: number;
}

@InputType({ description: "The centre's frames for groups. Fields left out stay as they are." })
export class GroupSettingsInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Weeks without follow-up before a group is listed (default 6).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  followUpWeeks?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Smallest closed group (default 5; under 4 is unstable).',
  })
  @IsOptional()
  @IsInt()
  @Min(3, { message: 'Under 3 er ingen gruppe.' })
  @Max(12)
  groupMinSize?: number;

  @Field(() => Int, { nullable: true, description: 'Largest closed group (default 8).' })
  @IsOptional()
  @IsInt()
  @Min(3)
  @Max(12, { message: 'Over 12 får hver for lite tid til å snakke.' })
  groupMaxSize?: number;

  @Field(() => MatchingWeightsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingWeightsInput)
  matchingWeights?: MatchingWeightsInput;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Require a valid police certificate and a signed confidentiality agreement before a volunteer starts a group (default on).',
  })
  @IsOptional()
  @IsBoolean({ message: 'Velg ja eller nei.' })
  requireVolunteerClearance?: boolean;
}

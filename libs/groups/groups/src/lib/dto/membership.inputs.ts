import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { TrimmedOrUndefined } from '@link/groups/intake';
import { IsCalendarDate, IsNotFutureDate } from '@link/shared/graphql';

import { FollowUpKind, StartupAgreement } from '../groups.enums';

const uuid = (field: string) => ({ message: `${field} må være en gyldig id.` });
@InputType()
export class AddMemberInput {
  @Field(() => ID) @IsUUID('all', uuid('groupId')) groupId: string;
  @Field(() => ID) @IsUUID('all', uuid('participantId')) participantId: string;
}

@InputType()
export class LeaveGroupInput {
  @Field(() => ID, { description: 'The member id (from Group.members).' })
  @IsUUID('all', uuid('id'))
  id: string;

  @Field({ nullable: true, description: "Optional, short; never about the person's problems." })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(200, { message: 'Høyst 200 tegn.' })
  reason?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Put the person back on the waitlist.',
  })
  @IsBoolean()
  backToWaitlist = false;
}

@InputType()
export class StarterAssignmentInput {
  @Field(() => ID) @IsUUID('all', uuid('groupId')) groupId: string;
  @Field(() => ID, { description: "The starter's staff member (membership) id." })
  @IsUUID('all', uuid('staffMemberId'))
  staffMemberId: string;
}

@InputType({ description: 'How many came to an open group: a number, never names.' })
export class OpenMeetingInput {
  @Field(() => ID) @IsUUID('all', uuid('groupId')) groupId: string;
  @Field({ description: 'The day of the meeting: today or earlier.' })
  @IsCalendarDate()
  @IsNotFutureDate({ message: 'Oppmøte kan bare føres for møter som har vært.' })
  heldOn: string;
  @Field(() => Int)
  @IsInt({ message: 'Oppmøtetallet må være et helt tall.' })
  @Min(0, { message: 'Kan ikke være negativt.' })
  @Max(500, { message: 'Høyst 500.' })
  headCount: number;
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Correct a head count already recorded for that day. Without it a second one is refused.',
  })
  @IsBoolean({ message: 'replace må være true eller false.' })
  replace = false;
}

@InputType()
export class FollowUpInput {
  @Field(() => ID) @IsUUID('all', uuid('groupId')) groupId: string;
  @Field(() => FollowUpKind)
  @IsEnum(FollowUpKind, { message: 'Ukjent type oppfølging.' })
  kind: FollowUpKind;
  @Field({ nullable: true, description: '"YYYY-MM-DD"; today when left out.' })
  @IsOptional()
  @IsCalendarDate()
  occurredOn?: string;

  @Field({ nullable: true, description: 'A short note about the group. Name no participant.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(280, { message: 'Høyst 280 tegn.' })
  note?: string;
}

@InputType({ description: 'A start-up meeting with a new group: when, and what was agreed.' })
export class StartupMeetingInput {
  @Field(() => ID) @IsUUID('all', uuid('groupId')) groupId: string;
  @Field({ description: 'The day of the meeting: today or earlier.' })
  @IsCalendarDate()
  @IsNotFutureDate({ message: 'Bare møter som har vært kan føres.' })
  heldOn: string;
  @Field(() => [StartupAgreement], { description: 'What the group agreed on.' })
  @ArrayMaxSize(10, { message: 'Høyst 10 avtaler.' })
  @IsEnum(StartupAgreement, { each: true, message: 'Ukjent avtale.' })
  agreed: StartupAgreement[];
}

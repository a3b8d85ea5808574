import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { TimeOfDay, Weekday } from '@link/groups/intake';
import { Paginated } from '@link/shared/graphql';

import {
  FollowUpKind,
  GroupComposition,
  GroupEventKind,
  GroupFormat,
  GroupKind,
  GroupStatus,
  StartupAgreement,
} from '../groups.enums';

@ObjectType('Room', { description: 'A meeting room the centre can use.' })
export class RoomModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() address: string;
  @Field() municipality: string;
  @Field(() => Int) capacity: number;
  @Field() stepFree: boolean;
  @Field(() => ID, { nullable: true, description: 'The partner lending the room.' }) partnerId:
    | string
    | null;
  @Field() freeOfCharge: boolean;
  @Field(() => [RoomAvailabilityModel]) availability: RoomAvailabilityModel[];
}

@ObjectType('FreeRoom', {
  description: "A room free at a group's weekday and time, big enough, and where it lies.",
})
export class FreeRoomModel {
  @Field(() => RoomModel) room: RoomModel;
  @Field({ description: "In the group's own municipality." }) sameMunicipality: boolean;
  @Field({ description: "In a municipality bordering the group's." }) neighbouring: boolean;
  @Field(() => String, {
    nullable: true,
    description: "A warning when the room is not in the group's municipality.",
  })
  warning: string | null;
}

@ObjectType('RoomBooking', {
  description: "A group's weekly booking of a room, and for which days.",
})
export class RoomBookingModel {
  @Field(() => ID) id: string;
  @Field(() => ID) roomId: string;
  @Field(() => ID) groupId: string;
  @Field({ description: "The group's name." }) groupName: string;
  @Field(() => Weekday) weekday: string;
  @Field({ description: '"HH:MM"' }) startsAt: string;
  @Field({ description: '"HH:MM"' }) endsAt: string;
  @Field({ description: 'First day, "YYYY-MM-DD".' }) validFrom: string;
  @Field(() => String, {
    nullable: true,
    description: 'First day without the booking, "YYYY-MM-DD"; null when open-ended.',
  })
  validTo: string | null;
}

export const RoomBookingPage = Paginated(RoomBookingModel, 'RoomBookingPage');

@ObjectType('RoomAvailability', { description: 'When the room can be used, every week.' })
export class RoomAvailabilityModel {
  @Field(() => Weekday) weekday: string;
  @Field({ description: '"HH:MM"' }) startsAt: string;
  @Field({ description: '"HH:MM"' }) endsAt: string;
}

@ObjectType('GroupStarter', { description: 'A starter (igangsetter) assigned to a group.' })
export class GroupStarterModel {
  @Field(() => ID, { description: 'The staff member (membership) id.' }) staffMemberId: string;
  @Field() displayName: string;
  @Field() assignedAt: Date;
  @Field({
    description:
      'Starts a group in another centre at an overlapping time (only that: the other centre is not named).',
  })
  busyElsewhereAtThatTime: boolean;
}

@ObjectType('GroupMember', { description: 'A person in a closed group.' })
export class GroupMemberModel {
  @Field(() => ID) id: string;
  @Field(() => ID) participantId: string;
  @Field() joinedOn: string;
  @Field(() => String, { nullable: true }) leftOn: string | null;
}

@ObjectType('GroupEvent', {
  description: 'A status change, or the starter invited back or returning.',
})
export class GroupEventModel {
  @Field(() => ID) id: string;
  @Field(() => GroupEventKind) kind: GroupEventKind;
  @Field(() => GroupStatus, { nullable: true }) fromStatus: GroupStatus | null;
  @Field(() => GroupStatus, { nullable: true }) toStatus: GroupStatus | null;
  @Field() occurredOn: string;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType('Group', { description: 'A self-help group (samtalegruppe), from planned to ended.' })
export class GroupModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GroupKind) kind: GroupKind;
  @Field(() => GroupFormat) format: GroupFormat;
  @Field(() => GroupComposition) composition: GroupComposition;
  @Field(() => String, { nullable: true }) theme: string | null;
  @Field(() => Weekday) weekday: string;
  @Field({ description: '"HH:MM", local time.' }) startTime: string;
  @Field(() => Int) durationMinutes: number;
  @Field(() => TimeOfDay, { description: 'Derived from the start time.' }) timeOfDay: string;
  @Field(() => String, { nullable: true }) municipality: string | null;
  @Field(() => ID, { nullable: true }) roomId: string | null;
  @Field(() => String, { nullable: true, description: 'Digital groups; the centre only.' })
  meetingLink: string | null;
  @Field(() => Int) capacity: number;
  @Field(() => Int, { description: 'Current members (closed groups).' }) memberCount: number;
  @Field(() => Int, { nullable: true }) ageRangeMin: number | null;
  @Field(() => Int, { nullable: true }) ageRangeMax: number | null;
  @Field() startDate: string;
  @Field(() => GroupStatus) status: GroupStatus;
  @Field(() => [GroupStatus], { description: 'Where the group may go from here.' })
  allowedTransitions: GroupStatus[];
  @Field(() => String, { nullable: true }) selfRunSince: string | null;
  @Field(() => String, { nullable: true }) endedOn: string | null;
}

export const GroupPage = Paginated(GroupModel, 'GroupPage');

@ObjectType('AddMemberPayload')
export class AddMemberPayload {
  @Field(() => GroupMemberModel) member: GroupMemberModel;
  @Field(() => [String], {
    description: 'Advice that did not block, e.g. an age span beyond 15 years.',
  })
  warnings: string[];
}

@ObjectType('GroupFromProposal', {
  description: 'A group made from a proposal, with its members, and advice that did not block.',
})
export class GroupFromProposalModel {
  @Field(() => GroupModel) group: GroupModel;
  @Field(() => [GroupMemberModel]) members: GroupMemberModel[];
  @Field(() => [String], { description: 'E.g. an age span beyond 15 years.' })
  warnings: string[];
}

@ObjectType('StartupMeeting', {
  description: 'A start-up meeting with a new group: the day, and what was agreed.',
})
export class StartupMeetingModel {
  @Field(() => ID) id: string;
  @Field() heldOn: string;
  @Field(() => [StartupAgreement]) agreed: StartupAgreement[];
}

@ObjectType('OpenGroupMeeting')
export class OpenGroupMeetingModel {
  @Field(() => ID) id: string;
  @Field() heldOn: string;
  @Field(() => Int) headCount: number;
}

@ObjectType('FollowUp')
export class FollowUpModel {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => FollowUpKind) kind: FollowUpKind;
  @Field() occurredOn: string;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType('GroupNeedingFollowUp')
export class GroupNeedingFollowUpModel {
  @Field(() => GroupModel) group: GroupModel;
  @Field(() => String, { nullable: true, description: 'The latest follow-up, if any.' })
  lastFollowUpOn: string | null;
  @Field(() => Int, { description: 'Whole weeks since the last follow-up (or since the start).' })
  weeksWithout: number;
}

@ObjectType('PublicGroup', {
  description: 'What anyone may see of a group: no name, no member, no closed-group address.',
})
export class PublicGroupModel {
  @Field(() => GroupKind) kind: GroupKind;
  @Field(() => GroupFormat) format: GroupFormat;
  @Field(() => GroupComposition) composition: GroupComposition;
  @Field(() => String, { nullable: true }) theme: string | null;
  @Field(() => Weekday) weekday: string;
  @Field(() => TimeOfDay) timeOfDay: string;
  @Field(() => String, { nullable: true }) municipality: string | null;
  @Field(() => String, { nullable: true, description: 'Open groups only: when to come.' })
  startTime: string | null;
  @Field(() => String, { nullable: true, description: 'Open physical groups only: where to come.' })
  address: string | null;
  @Field({ description: 'True when a closed group is taking new members.' }) recruiting: boolean;
}

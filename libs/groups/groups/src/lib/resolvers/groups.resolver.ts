import {
  Args,
  ArgsType,
  Field,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

import { ParticipantModel, ParticipantsService } from '@link/groups/intake';
import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';
import { PageArgs, IdArgs } from '@link/shared/graphql';

import {
  ChangeGroupStatusInput,
  CreateGroupFromProposalInput,
  CreateGroupInput,
  StarterVisitInput,
} from '../dto/group.inputs';
import {
  AddMemberInput,
  FollowUpInput,
  LeaveGroupInput,
  OpenMeetingInput,
  StarterAssignmentInput,
  StartupMeetingInput,
} from '../dto/membership.inputs';
import { GroupEventKind, GroupStatus } from '../groups.enums';
import {
  AddMemberPayload,
  FollowUpModel,
  GroupEventModel,
  GroupFromProposalModel,
  GroupMemberModel,
  GroupModel,
  GroupNeedingFollowUpModel,
  GroupPage,
  GroupStarterModel,
  OpenGroupMeetingModel,
  RoomModel,
  StartupMeetingModel,
} from '../models/group.models';
import { FollowUpsService } from '../services/follow-ups.service';
import { GroupLoaders } from '../services/group-loaders';
import { GroupsService } from '../services/groups.service';
import { MembersService } from '../services/members.service';
import { StartersService } from '../services/starters.service';

const GroupStaff = () => Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN);

@ArgsType()
class GroupsArgs extends PageArgs {
  @Field(() => [GroupStatus], { nullable: true, description: 'Only groups in these statuses.' })
  @IsOptional()
  @ArrayMaxSize(6)
  @IsEnum(GroupStatus, { each: true, message: 'Ukjent status.' })
  statuses?: GroupStatus[];
}

@ArgsType()
class FollowUpArgs {
  @Field(() => Int, {
    nullable: true,
    description: "Weeks without follow-up; the centre's setting (6) by default.",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(52)
  weeks?: number;
}

@Resolver(() => GroupModel)
@GroupStaff()
export class GroupsResolver {
  constructor(
    private readonly groupService: GroupsService,
    private readonly memberService: MembersService,
    private readonly starterService: StartersService,
    private readonly followUpService: FollowUpsService,
    private readonly loaders: GroupLoaders,
  ) {}

  @Query(() => GroupPage, { description: "The centre's groups, by name." })
  groups(@Args() args: GroupsArgs) {
    return this.groupService.list(args, args.statuses);
  }

  @Query(() => GroupModel)
  group(@Args() { id }: IdArgs): Promise<GroupModel> {
    return this.groupService.get(id);
  }

  @Query(() => [GroupNeedingFollowUpModel], {
    description: 'Running groups the centre has not followed up for a while.',
  })
  groupsNeedingFollowUp(@Args() { weeks }: FollowUpArgs): Promise<GroupNeedingFollowUpModel[]> {
    return this.followUpService.needing(weeks);
  }

  @Mutation(() => GroupModel, { description: 'Plan a new group.' })
  createGroup(@Args('input') input: CreateGroupInput): Promise<GroupModel> {
    return this.groupService.create(input);
  }

  @Mutation(() => GroupModel, {
    description: 'Move a group on in its lifecycle. An invalid move names the allowed ones.',
  })
  changeGroupStatus(@Args('input') input: ChangeGroupStatusInput): Promise<GroupModel> {
    return this.groupService.changeStatus(input);
  }

  @Mutation(() => GroupEventModel, { description: 'A self-run group invited its starter back.' })
  inviteStarterBack(@Args('input') input: StarterVisitInput): Promise<GroupEventModel> {
    return this.groupService.starterVisit(input, GroupEventKind.STARTER_INVITED_BACK);
  }

  @Mutation(() => GroupEventModel, { description: 'The starter returned to a self-run group.' })
  recordStarterReturn(@Args('input') input: StarterVisitInput): Promise<GroupEventModel> {
    return this.groupService.starterVisit(input, GroupEventKind.STARTER_RETURNED);
  }

  @Mutation(() => AddMemberPayload, {
    description:
      'Add a waiting person to a closed group. Refused when full; warns (does not block) on an age span beyond 15 years.',
  })
  addGroupMember(@Args('input') input: AddMemberInput): Promise<AddMemberPayload> {
    return this.memberService.add(input);
  }

  @Mutation(() => GroupFromProposalModel, {
    description:
      'Create a closed group from a proposal (groupProposals) with its people as members, in one ' +
      'step; nothing is kept if one of them can no longer join.',
  })
  createGroupFromProposal(
    @Args('input') input: CreateGroupFromProposalInput,
  ): Promise<GroupFromProposalModel> {
    return this.memberService.createFromProposal(input);
  }

  @Mutation(() => GroupMemberModel, { description: 'A member leaves the group.' })
  leaveGroup(@Args('input') input: LeaveGroupInput): Promise<GroupMemberModel> {
    return this.memberService.leave(input);
  }

  @Mutation(() => [GroupStarterModel], {
    description: 'Assign a starter (a staff member with the role STARTER).',
  })
  assignStarter(@Args('input') input: StarterAssignmentInput): Promise<GroupStarterModel[]> {
    return this.starterService.assign(input);
  }

  @Mutation(() => [GroupStarterModel])
  releaseStarter(@Args('input') input: StarterAssignmentInput): Promise<GroupStarterModel[]> {
    return this.starterService.release(input);
  }

  @Mutation(() => OpenGroupMeetingModel, {
    description: 'How many came to an open group (a number, never names).',
  })
  recordOpenGroupMeeting(@Args('input') input: OpenMeetingInput): Promise<OpenGroupMeetingModel> {
    return this.followUpService.recordOpenMeeting(input);
  }

  @Mutation(() => StartupMeetingModel, {
    description:
      'Record a start-up meeting with a new closed group: the day and what was agreed. ' +
      'A second one for the same day replaces the first.',
  })
  recordStartupMeeting(@Args('input') input: StartupMeetingInput): Promise<StartupMeetingModel> {
    return this.followUpService.recordStartupMeeting(input);
  }

  @Mutation(() => FollowUpModel, {
    description: 'A visit, call or starter return. The note names no participant.',
  })
  logFollowUp(@Args('input') input: FollowUpInput): Promise<FollowUpModel> {
    return this.followUpService.log(input);
  }

  @ResolveField(() => [GroupMemberModel], {
    description: 'The current members; with `includeFormer`, also those who have left.',
  })
  members(
    @Parent() group: GroupModel,
    @Args('includeFormer', { type: () => Boolean, defaultValue: false }) includeFormer: boolean,
  ): Promise<GroupMemberModel[]> {
    return this.loaders.members(group.id, includeFormer);
  }

  @ResolveField(() => [GroupStarterModel])
  starters(@Parent() group: GroupModel): Promise<GroupStarterModel[]> {
    return this.loaders.starters(group);
  }

  @ResolveField(() => [GroupEventModel])
  events(@Parent() group: GroupModel): Promise<GroupEventModel[]> {
    return this.loaders.events(group.id);
  }

  @ResolveField(() => [FollowUpModel])
  followUps(@Parent() group: GroupModel): Promise<FollowUpModel[]> {
    return this.loaders.followUps(group.id);
  }

  @ResolveField(() => [OpenGroupMeetingModel])
  openMeetings(@Parent() group: GroupModel): Promise<OpenGroupMeetingModel[]> {
    return this.loaders.openMeetings(group.id);
  }

  @ResolveField(() => RoomModel, { nullable: true })
  room(@Parent() group: GroupModel): Promise<RoomModel | null> {
    return group.roomId ? this.loaders.room(group.roomId) : Promise.resolve(null);
  }

  @ResolveField(() => [StartupMeetingModel], {
    description: 'The start-up meetings held with the group, first first.',
  })
  startupMeetings(@Parent() group: GroupModel): Promise<StartupMeetingModel[]> {
    return this.loaders.startupMeetings(group.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "A warning when the group's room lies outside its municipality, stronger beyond the " +
      'neighbouring ones.',
  })
  roomWarning(@Parent() group: GroupModel): Promise<string | null> {
    return this.loaders.roomWarning(group);
  }
}

@Resolver(() => GroupMemberModel)
@GroupStaff()
export class GroupMemberResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @ResolveField(() => ParticipantModel)
  participant(@Parent() member: GroupMemberModel): Promise<ParticipantModel> {
    return this.participants.load(member.participantId);
  }
}

import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';

import {
  GroupProposalModel,
  GroupSuggestionModel,
  ParticipantSuggestionModel,
} from '../models/matching.models';
import { GroupSettingsInput } from '../dto/group-settings.input';
import { GroupSettingsModel } from '../models/group-settings.model';
import { GroupSettingsService } from '../services/group-settings.service';
import { MatchingService } from '../services/matching.service';

@ArgsType()
class ForParticipantArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'participantId må være en gyldig id.' })
  participantId: string;
  @Field(() => Int, { defaultValue: 10 }) @IsInt() @Min(1) @Max(50) limit = 10;
}

@ArgsType()
class ForGroupArgs {
  @Field(() => ID) @IsUUID('all', { message: 'groupId må være en gyldig id.' }) groupId: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) limit = 20;
}

/** Matching people and groups: ranked, with reasons, by the centre's weights. */
@Resolver()
@Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => [GroupSuggestionModel], {
    description: 'Recruiting groups for a waiting person, best first.',
  })
  groupSuggestions(
    @Args() { participantId, limit }: ForParticipantArgs,
  ): Promise<GroupSuggestionModel[]> {
    return this.matching.groupsFor(participantId, limit);
  }

  @Query(() => [ParticipantSuggestionModel], {
    description: 'Waiting people for a recruiting group, best first.',
  })
  participantSuggestions(
    @Args() { groupId, limit }: ForGroupArgs,
  ): Promise<ParticipantSuggestionModel[]> {
    return this.matching.peopleFor(groupId, limit);
  }

  @Query(() => [GroupProposalModel], {
    description:
      'New groups the waitlist could fill: sets of compatible people no existing group serves.',
  })
  groupProposals(): Promise<GroupProposalModel[]> {
    return this.matching.proposals();
  }
}

@Resolver(() => GroupSettingsModel)
export class GroupSettingsResolver {
  constructor(private readonly settings: GroupSettingsService) {}

  @Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
  @Query(() => GroupSettingsModel)
  groupSettings(): Promise<GroupSettingsModel> {
    return this.settings.current();
  }

  @Roles(CentreRole.CENTRE_ADMIN)
  @Mutation(() => GroupSettingsModel, {
    description: 'Group sizes, follow-up interval and matching weights.',
  })
  updateGroupSettings(@Args('input') input: GroupSettingsInput): Promise<GroupSettingsModel> {
    return this.settings.update(input);
  }
}

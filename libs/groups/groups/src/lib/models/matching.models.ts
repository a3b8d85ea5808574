import { Field, Int, ObjectType } from '@nestjs/graphql';

import { ParticipantModel, TimeOfDay, Weekday } from '@link/groups/intake';

import { GroupComposition, GroupFormat } from '../groups.enums';
import { GroupModel } from './group.models';

@ObjectType('MatchReason', { description: 'One criterion behind a score, explained in Norwegian.' })
export class MatchReasonModel {
  @Field() criterion: string;
  @Field(() => Int) points: number;
  @Field() explanation: string;
}

@ObjectType('GroupSuggestion', { description: 'A recruiting group that suits a waiting person.' })
export class GroupSuggestionModel {
  @Field(() => GroupModel) group: GroupModel;
  @Field(() => Int) score: number;
  @Field(() => [MatchReasonModel]) reasons: MatchReasonModel[];
}

@ObjectType('ParticipantSuggestion', {
  description: 'A waiting person who suits a recruiting group.',
})
export class ParticipantSuggestionModel {
  @Field(() => ParticipantModel) participant: ParticipantModel;
  @Field(() => Int) score: number;
  @Field(() => [MatchReasonModel]) reasons: MatchReasonModel[];
}

@ObjectType('GroupProposal', {
  description: 'Waiting people no existing group serves, who could start a new group together.',
})
export class GroupProposalModel {
  @Field(() => [ParticipantModel]) participants: ParticipantModel[];
  @Field(() => Weekday) weekday: string;
  @Field(() => TimeOfDay) timeOfDay: string;
  @Field(() => GroupFormat) format: string;
  @Field(() => String, { nullable: true }) municipality: string | null;
  @Field(() => GroupComposition) composition: string;
  @Field(() => String, { nullable: true }) theme: string | null;
  @Field(() => Int) score: number;
  @Field(() => [MatchReasonModel], { description: 'What they share.' }) reasons: MatchReasonModel[];
}

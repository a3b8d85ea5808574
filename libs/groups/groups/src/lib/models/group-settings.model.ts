import { Field, Int, ObjectType } from '@nestjs/graphql';

import { GraphQLJSONObject } from '@link/groups/intake';

@ObjectType('GroupSettings', { description: "The centre's frames for groups." })
export class GroupSettingsModel {
  @Field(() => Int) followUpWeeks: number;
  @Field(() => Int) groupMinSize: number;
  @Field(() => Int) groupMaxSize: number;
  @Field(() => GraphQLJSONObject, {
    description: 'Weights the centre changed; the rest are defaults.',
  })
  matchingWeights: Record<string, number>;
  @Field({
    description:
      'A volunteer must have shown a valid police certificate and signed the confidentiality agreement before starting a group (default on).',
  })
  requireVolunteerClearance: boolean;
}

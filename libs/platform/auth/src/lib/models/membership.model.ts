import { Field, ID, ObjectType } from '@nestjs/graphql';

import { CentreModel, CentreRole } from '@link/platform/tenancy';

@ObjectType('Membership', { description: "The signed-in user's role in one centre." })
export class MembershipModel {
  @Field(() => ID)
  id: string;

  @Field(() => CentreRole)
  role: CentreRole;

  @Field(() => CentreModel)
  centre: CentreModel;
}

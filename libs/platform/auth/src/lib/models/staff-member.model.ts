import { Field, ID, ObjectType } from '@nestjs/graphql';

import { CentreRole } from '@link/platform/tenancy';
import { Paginated } from '@link/shared/graphql';

@ObjectType('StaffMember', {
  description: 'A person working in the active centre, and their role.',
})
export class StaffMemberModel {
  @Field(() => ID, { description: 'The membership id: use it to change the role or deactivate.' })
  id: string;

  @Field(() => ID)
  userId: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => CentreRole)
  role: CentreRole;

  @Field({ description: 'False once deactivated: the person can no longer work in this centre.' })
  active: boolean;

  @Field({ nullable: true })
  deactivatedAt?: Date;

  @Field()
  addedAt: Date;
}

export const StaffPage = Paginated(StaffMemberModel, 'StaffPage');

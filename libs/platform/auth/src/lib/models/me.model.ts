import { Field, ID, ObjectType } from '@nestjs/graphql';

import { CentreModel, CentreRole, PlatformRole } from '@link/platform/tenancy';

import { MembershipModel } from './membership.model';
import { CentreInvitationModel } from './staff-invitation.model';

@ObjectType('Me', {
  description: 'The signed-in user, their active centre and where else they work.',
})
export class MeModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => PlatformRole, { nullable: true })
  platformRole: PlatformRole | null;

  @Field(() => CentreModel, {
    nullable: true,
    description: 'The centre this token works in; null until one is chosen with switchCentre.',
  })
  activeCentre: CentreModel | null;

  @Field(() => CentreRole, { nullable: true, description: 'The role in the active centre.' })
  activeRole: CentreRole | null;

  @Field(() => [MembershipModel], { description: 'Every active membership, in every centre.' })
  memberships: MembershipModel[];

  @Field(() => [CentreInvitationModel], {
    description:
      'Open invitations to work in other centres: accept with acceptCentreInvitation, or decline.',
  })
  invitations: CentreInvitationModel[];
}

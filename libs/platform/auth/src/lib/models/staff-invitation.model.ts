import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

import { CentreModel, CentreRole } from '@link/platform/tenancy';
import { Paginated } from '@link/shared/graphql';

/** What the inviting centre may know of its invitation. There is no "declined": see below. */
export enum StaffInvitationStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(StaffInvitationStatus, {
  name: 'StaffInvitationStatus',
  description: 'Where an invitation to work in the centre stands, as the inviting centre sees it.',
  valuesMap: {
    OPEN: {
      description:
        'Sent, not accepted (åpen). Also an invitation the person declined: the centre is not told.',
    },
    ACCEPTED: { description: 'The person accepted and works in the centre now (akseptert).' },
    EXPIRED: { description: 'Not accepted in time (utløpt).' },
    CANCELLED: { description: 'Withdrawn by the centre (trukket tilbake).' },
  },
});

@ObjectType('StaffInvitation', {
  description:
    'An invitation from the active centre to an e-mail address. It says nothing about the ' +
    'account behind the address (whether there is one, or its name) until the person accepts.',
})
export class StaffInvitationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The address as the centre typed it (lower case).' })
  email: string;

  @Field(() => CentreRole, { description: 'The role the person gets on accepting.' })
  role: CentreRole;

  @Field(() => StaffInvitationStatus)
  status: StaffInvitationStatus;

  @Field({ description: 'When the invitation was made.' })
  createdAt: Date;

  @Field({ description: 'After this it can no longer be accepted.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the person accepted.' })
  acceptedAt: Date | null;
}

export const StaffInvitationPage = Paginated(StaffInvitationModel, 'StaffInvitationPage');

@ObjectType('CentreInvitation', {
  description: 'An open invitation to the signed-in person to work in a centre.',
})
export class CentreInvitationModel {
  @Field(() => ID, {
    description: 'Use it with acceptCentreInvitation or declineCentreInvitation.',
  })
  id: string;

  @Field(() => CentreModel, { description: 'The centre that invites.' })
  centre: CentreModel;

  @Field(() => CentreRole, { description: 'The role in that centre.' })
  role: CentreRole;

  @Field({ description: 'When the invitation was made.' })
  createdAt: Date;

  @Field({ description: 'After this it can no longer be accepted.' })
  expiresAt: Date;
}

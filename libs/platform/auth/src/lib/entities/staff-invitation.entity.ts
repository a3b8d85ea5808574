import { Column, CreateDateColumn, Entity } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';
import type { CentreRole } from '@link/platform/tenancy';

/**
 * An invitation to work in a centre, to an e-mail address. Owned by the inviting centre; the
 * person it is addressed to sees it through the `own_invitations` policy. It holds no link to an
 * account until it is accepted, so the inviting centre cannot tell whether the address has one.
 */
@Entity('staff_invitations')
export class StaffInvitationEntity extends CentreOwnedEntity {
  @Column('text')
  email: string;

  @Column('text')
  role: CentreRole;

  @Column('uuid', { nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt: Date | null;

  /** Never shown to the inviting centre: to it a declined invitation is open until it expires. */
  @Column('timestamptz', { nullable: true })
  declinedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;
}

import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';
import { CentreEntity, CentreRole } from '@link/platform/tenancy';

import { UserEntity } from './user.entity';

/** A user's role in one centre. Centre-owned: a centre sees only its own staff. */
@Entity('memberships')
export class MembershipEntity extends CentreOwnedEntity {
  @Column('uuid')
  userId: string;

  @Column('text')
  role: CentreRole;

  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @ManyToOne(() => CentreEntity)
  @JoinColumn({ name: 'tenant_id' })
  centre?: Relation<CentreEntity>;
}

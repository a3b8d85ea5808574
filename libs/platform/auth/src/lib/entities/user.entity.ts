import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { PlatformEntity } from '@link/platform/database';
import { PlatformRole } from '@link/platform/tenancy';

/** A person who signs in. Platform-wide: one account across every centre they work in. */
@Entity('users')
export class UserEntity extends PlatformEntity {
  @Column('text')
  email: string;

  @Column('text')
  displayName: string;

  @Column('text', { select: false })
  passwordHash: string;

  @Column('text', { nullable: true })
  platformRole: PlatformRole | null;

  @Column('timestamptz', { nullable: true })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

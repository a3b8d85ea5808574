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

  /** Written when the account is made; never read back (the runtime role may not select it). */
  @Column({ type: 'text', select: false, update: false })
  passwordHash: string;

  /** Set by the platform's operators in the database: the runtime role may not write it. */
  @Column({ type: 'text', nullable: true, insert: false, update: false })
  platformRole: PlatformRole | null;

  /** An account starts active; the runtime role may not change this either. */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false })
  deactivatedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

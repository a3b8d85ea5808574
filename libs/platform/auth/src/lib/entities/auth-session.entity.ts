import { Column, CreateDateColumn, Entity } from 'typeorm';

import { PlatformEntity } from '@link/platform/database';

/** One sign-in. Its refresh tokens are a family: revoking the session revokes them all. */
@Entity('auth_sessions')
export class AuthSessionEntity extends PlatformEntity {
  @Column('uuid')
  userId: string;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('text', { nullable: true })
  revokedReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

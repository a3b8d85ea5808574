import { Column, CreateDateColumn, Entity } from 'typeorm';

import { PlatformEntity } from '@link/platform/database';

/** A single-use refresh token. Only a hash of its secret is stored. */
@Entity('refresh_tokens')
export class RefreshTokenEntity extends PlatformEntity {
  @Column('uuid')
  sessionId: string;

  @Column('uuid', { nullable: true })
  centreId: string | null;

  @Column('text')
  secretHash: string;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

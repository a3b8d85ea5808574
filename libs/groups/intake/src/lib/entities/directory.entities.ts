import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import type { PartnerKind, ServiceKind } from '../intake.enums';

/** An organisation the centre works with: it refers people, lends rooms, sends starters. */
@Entity('partners')
export class PartnerEntity extends CentreOwnedEntity {
  @Column('text') name: string;
  @Column('text') kind: PartnerKind;
  @Column('text', { nullable: true }) contactPerson: string | null;
  @Column('text', { nullable: true }) contactEmail: string | null;
  @Column('text', { nullable: true }) contactPhone: string | null;
  @Column('boolean') lendsRooms: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** Another offer the centre can refer people to (a supplement, not a replacement). */
@Entity('services')
export class ServiceEntity extends CentreOwnedEntity {
  @Column('text') name: string;
  @Column('text') kind: ServiceKind;
  @Column('text', { nullable: true }) description: string | null;
  @Column('text', { nullable: true }) contact: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** That a person was referred to a service: no diagnosis, no free text. */
@Entity('referrals')
export class ReferralEntity extends CentreOwnedEntity {
  @Column('uuid') participantId: string;
  @Column('uuid') serviceId: string;
  @Column('timestamptz') referredAt: Date;
  @Column('uuid', { nullable: true }) referredBy: string | null;
}

import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

export type VolunteerStatus = 'ACTIVE' | 'PAUSED' | 'LEFT';

/** A volunteer's profile in one centre. The person (user) is platform-wide. */
@Entity('volunteer_profiles')
export class VolunteerProfileEntity extends CentreOwnedEntity {
  @Column('uuid') userId: string;
  @Column('text', { array: true }) skills: string[];
  @Column('text', { array: true }) languages: string[];
  @Column('text', { array: true }) municipalities: string[];
  @Column('text', { array: true }) availableTimesOfDay: string[];
  @Column('text', { array: true }) availableWeekdays: string[];
  @Column('text') status: VolunteerStatus;
  @Column('date', { nullable: true }) confidentialitySignedOn: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** That a police certificate was shown, for which task, and who checked it. Never the certificate. */
@Entity('police_certificate_checks')
export class PoliceCertificateCheckEntity extends CentreOwnedEntity {
  @Column('uuid') profileId: string;
  @Column('text') kind: string;
  @Column('text') task: string;
  @Column('date') shownOn: string;
  @Column('date') validUntil: string;
  @Column('uuid') checkedBy: string;
}

@Entity('volunteer_hours')
export class VolunteerHoursEntity extends CentreOwnedEntity {
  @Column('uuid') profileId: string;
  @Column('date') workedOn: string;
  @Column('numeric', { precision: 4, scale: 1 }) hours: string;
  @Column('text') activity: string;
}

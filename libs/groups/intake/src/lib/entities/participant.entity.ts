import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import type {
  CompositionPreference,
  Gender,
  GenderMixWish,
  GroupFormatPreference,
  ParticipantStatus,
  TargetGroup,
  TimeOfDay,
  Weekday,
} from '../intake.enums';

/** A person who contacted the centre. Contact details are encrypted by the application. */
@Entity('participants')
export class ParticipantEntity extends CentreOwnedEntity {
  @Column('text') displayName: string;
  @Column('text', { nullable: true }) phoneCiphertext: string | null;
  @Column('text', { nullable: true }) phoneHash: string | null;
  @Column('text', { nullable: true }) emailCiphertext: string | null;
  @Column('text', { nullable: true }) emailHash: string | null;
  @Column('int', { nullable: true }) birthYear: number | null;
  @Column('text', { nullable: true }) gender: Gender | null;
  @Column('text', { nullable: true }) municipality: string | null;
  @Column('text', { array: true }) languages: string[];
  @Column('text', { array: true }) preferredTimesOfDay: TimeOfDay[];
  @Column('text', { array: true }) preferredWeekdays: Weekday[];
  @Column('text', { nullable: true }) preferredFormat: GroupFormatPreference | null;
  @Column('text', { nullable: true }) preferredComposition: CompositionPreference | null;
  @Column('text', { nullable: true }) preferredTheme: string | null;
  @Column('text', { nullable: true }) genderMixWish: GenderMixWish | null;
  @Column('int', { nullable: true }) ageRangeMin: number | null;
  @Column('int', { nullable: true }) ageRangeMax: number | null;
  @Column('text', { nullable: true }) compositionNotes: string | null;
  @Column('text', { array: true }) targetGroups: TargetGroup[];
  @Column('text') status: ParticipantStatus;
  @Column('timestamptz', { nullable: true }) waitingSince: Date | null;
  @Column('timestamptz') lastActivityAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

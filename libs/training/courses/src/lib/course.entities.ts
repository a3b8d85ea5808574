import { Column, CreateDateColumn, Entity } from 'typeorm';

import { CentreOwnedEntity, PlatformEntity } from '@link/platform/database';

export type CourseKind = 'STARTER_COURSE' | 'GUIDANCE';
export type EnrolmentStatus = 'ENROLLED' | 'WAITLISTED' | 'WITHDRAWN' | 'COMPLETED';

@Entity('courses')
export class CourseEntity extends CentreOwnedEntity {
  @Column('text') title: string;
  @Column('text') description: string;
  @Column('text') kind: CourseKind;
  @Column('int') capacity: number;
  @Column('int', { nullable: true }) qualificationValidMonths: number | null;
  @Column('int') externalRetentionMonths: number;
  /** Other centres may enrol their people (docs/decisions/0007-shared-starter-training.md). */
  @Column('boolean') openToOtherCentres: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('course_sessions')
export class CourseSessionEntity extends CentreOwnedEntity {
  @Column('uuid') courseId: string;
  @Column('timestamptz') startsAt: Date;
  @Column('int') durationMinutes: number;
  @Column('text', { nullable: true }) place: string | null;
  @Column('boolean') digital: boolean;
  @Column('boolean') mandatory: boolean;
}

/** Staff and volunteers by account; people from partner organisations by name, kept for a while. */
@Entity('course_enrolments')
export class CourseEnrolmentEntity extends CentreOwnedEntity {
  @Column('uuid') courseId: string;
  @Column('uuid', { nullable: true }) userId: string | null;
  /** The centre that sent this person to a course hosted here; null for the host's own. */
  @Column('uuid', { nullable: true }) homeCentreId: string | null;
  @Column('text', { nullable: true }) externalName: string | null;
  @Column('text', { nullable: true }) externalOrganisation: string | null;
  @Column('text', { nullable: true }) externalEmail: string | null;
  @Column('text') status: EnrolmentStatus;
  @Column('timestamptz') enrolledAt: Date;
  @Column('timestamptz', { nullable: true }) completedAt: Date | null;
  @Column('timestamptz', { nullable: true }) externalErasedAt: Date | null;
}

@Entity('session_attendance')
export class SessionAttendanceEntity extends CentreOwnedEntity {
  @Column('uuid') sessionId: string;
  @Column('uuid') enrolmentId: string;
  @Column('boolean') attended: boolean;
}

@Entity('starter_qualifications')
export class StarterQualificationEntity extends PlatformEntity {
  @Column('uuid') userId: string;
  @Column('uuid') grantedByCentreId: string;
  @Column('uuid') courseId: string;
  @Column('date') grantedOn: string;
  @Column('date', { nullable: true }) expiresOn: string | null;
}

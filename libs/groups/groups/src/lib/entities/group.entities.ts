import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import type {
  FollowUpKind,
  GroupComposition,
  GroupEventKind,
  GroupFormat,
  GroupKind,
  GroupStatus,
  StartupAgreement,
} from '../groups.enums';

@Entity('groups')
export class GroupEntity extends CentreOwnedEntity {
  @Column('text') name: string;
  @Column('text') kind: GroupKind;
  @Column('text') format: GroupFormat;
  @Column('text') composition: GroupComposition;
  @Column('text', { nullable: true }) theme: string | null;
  @Column('text') weekday: string;
  /** `HH:MM:SS`, local time of the centre. */
  @Column('time') startTime: string;
  @Column('int') durationMinutes: number;
  @Column('text', { nullable: true }) municipality: string | null;
  @Column('uuid', { nullable: true }) roomId: string | null;
  @Column('text', { nullable: true }) meetingLink: string | null;
  @Column('int') capacity: number;
  @Column('int', { nullable: true }) ageRangeMin: number | null;
  @Column('int', { nullable: true }) ageRangeMax: number | null;
  @Column('date') startDate: string;
  @Column('text') status: GroupStatus;
  @Column('text', { nullable: true }) pausedFrom: GroupStatus | null;
  @Column('date', { nullable: true }) selfRunSince: string | null;
  @Column('date', { nullable: true }) endedOn: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('group_events')
export class GroupEventEntity extends CentreOwnedEntity {
  @Column('uuid') groupId: string;
  @Column('text') kind: GroupEventKind;
  @Column('text', { nullable: true }) fromStatus: GroupStatus | null;
  @Column('text', { nullable: true }) toStatus: GroupStatus | null;
  @Column('date') occurredOn: string;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('group_starters')
export class GroupStarterEntity extends CentreOwnedEntity {
  @Column('uuid') groupId: string;
  @Column('uuid') membershipId: string;
  @Column('timestamptz') assignedAt: Date;
  @Column('timestamptz', { nullable: true }) releasedAt: Date | null;
}

@Entity('group_members')
export class GroupMemberEntity extends CentreOwnedEntity {
  @Column('uuid') groupId: string;
  @Column('uuid') participantId: string;
  @Column('date') joinedOn: string;
  @Column('date', { nullable: true }) leftOn: string | null;
  @Column('text', { nullable: true }) leaveReason: string | null;
}

@Entity('open_group_meetings')
export class OpenGroupMeetingEntity extends CentreOwnedEntity {
  @Column('uuid') groupId: string;
  @Column('date') heldOn: string;
  @Column('int') headCount: number;
}

/** A start-up meeting: the day, and which frames the group agreed on. */
@Entity('group_startup_meetings')
export class StartupMeetingEntity extends CentreOwnedEntity {
  @Column('uuid') groupId: string;
  @Column('date') heldOn: string;
  @Column('text', { array: true }) agreed: StartupAgreement[];
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('follow_ups')
export class FollowUpEntity extends CentreOwnedEntity {
  @Column('uuid') groupId: string;
  @Column('text') kind: FollowUpKind;
  @Column('date') occurredOn: string;
  @Column('uuid', { nullable: true }) byUserId: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import type { HeardVia, InquiryChannel, InquiryOutcome, InquirySource } from '../intake.enums';

/** One contact with the centre, and how the centre kept its 1-day / 1-week promise. */
@Entity('inquiries')
export class InquiryEntity extends CentreOwnedEntity {
  @Column('uuid') participantId: string;
  @Column('text') source: InquirySource;
  @Column('timestamptz') receivedAt: Date;
  @Column('text') channel: InquiryChannel;
  @Column('text', { nullable: true }) heardVia: HeardVia | null;
  @Column('uuid', { nullable: true }) referringPartnerId: string | null;
  @Column('text', { nullable: true }) preferredContactTimes: string | null;
  @Column('text', { nullable: true }) messageCiphertext: string | null;
  @Column('timestamptz') answerDueAt: Date;
  @Column('timestamptz') conversationDueAt: Date;
  @Column('timestamptz', { nullable: true }) firstAnswerAt: Date | null;
  @Column('timestamptz', { nullable: true }) conversationInvitedAt: Date | null;
  @Column('timestamptz', { nullable: true }) conversationBookedFor: Date | null;
  @Column('timestamptz', { nullable: true }) conversationHeldAt: Date | null;
  @Column('text', { nullable: true }) outcome: InquiryOutcome | null;
  @Column('timestamptz', { nullable: true }) closedAt: Date | null;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

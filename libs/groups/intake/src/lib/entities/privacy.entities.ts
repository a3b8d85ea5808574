import { Column, Entity } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

/** Append-only record of who read or changed a person's data. Holds no personal data itself. */
@Entity('audit_entries')
export class AuditEntryEntity extends CentreOwnedEntity {
  @Column('timestamptz') occurredAt: Date;
  @Column('uuid', { nullable: true }) actorUserId: string | null;
  @Column('text') action: string;
  @Column('uuid', { nullable: true }) participantId: string | null;
  @Column('jsonb') details: Record<string, unknown>;
}

/** What the aggregates keep of an erased person's inquiry: nothing that points back. */
@Entity('anonymous_inquiry_records')
export class AnonymousInquiryRecordEntity extends CentreOwnedEntity {
  @Column('date') inquiryMonth: string;
  @Column('text', { nullable: true }) ageBand: string | null;
  @Column('text', { nullable: true }) municipality: string | null;
  @Column('text') channel: string;
  @Column('text', { nullable: true }) heardVia: string | null;
  @Column('text', { array: true }) targetGroups: string[];
  @Column('text', { nullable: true }) outcome: string | null;
}

@Entity('centre_settings')
export class CentreSettingsEntity extends CentreOwnedEntity {
  @Column('int') retentionMonths: number;
  @Column('timestamptz') updatedAt: Date;
}

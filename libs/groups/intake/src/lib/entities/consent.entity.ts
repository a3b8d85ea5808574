import { Column, Entity } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import type { ConsentKind } from '../intake.enums';

@Entity('consents')
export class ConsentEntity extends CentreOwnedEntity {
  @Column('uuid') participantId: string;
  @Column('text') kind: ConsentKind;
  @Column('timestamptz') givenAt: Date;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @Column('timestamptz', { nullable: true }) withdrawnAt: Date | null;
}

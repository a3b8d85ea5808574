import { Column, CreateDateColumn, Entity } from 'typeorm';

import { PlatformEntity } from '@link/platform/database';

/** A LINK centre: the tenant. Platform-wide, as everyone may know which centres exist. */
@Entity('centres')
export class CentreEntity extends PlatformEntity {
  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @Column('text', { array: true })
  municipalities: string[];

  @Column('text')
  timeZone: string;

  /** CENTRE, or NATIONAL_OFFICE for Selvhjelp Norge (whose published material all centres read). */
  @Column('text', { default: 'CENTRE' })
  kind: 'CENTRE' | 'NATIONAL_OFFICE';

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text', { nullable: true })
  contactPhone: string | null;

  @Column('text', { nullable: true })
  postalAddress: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

@Entity('library_materials')
export class LibraryMaterialEntity extends CentreOwnedEntity {
  @Column('text') language: string;
  @Column('text', { array: true }) tags: string[];
  @Column('uuid', { nullable: true }) publishedVersionId: string | null;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** Every edit is a new version; readers see the published one. */
@Entity('material_versions')
export class MaterialVersionEntity extends CentreOwnedEntity {
  @Column('uuid') materialId: string;
  @Column('int') version: number;
  @Column('text') title: string;
  @Column('text') summary: string;
  @Column('text') bodyMarkdown: string;
  @Column('uuid', { nullable: true }) createdBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('material_requirements')
export class MaterialRequirementEntity extends CentreOwnedEntity {
  @Column('uuid') materialId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('material_reads')
export class MaterialReadEntity extends CentreOwnedEntity {
  @Column('uuid') materialId: string;
  @Column('uuid') versionId: string;
  @Column('uuid') userId: string;
  @Column('timestamptz') readAt: Date;
}

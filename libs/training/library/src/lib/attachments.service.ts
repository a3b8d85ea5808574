import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, NotFoundError } from '@link/shared/errors';

import { AttachmentStore } from './attachment-store';
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_TYPES_MESSAGE,
  checkContent,
  servedContentType,
} from './attachment-types';
import type { AddAttachmentInput } from './dto/material.inputs';
import { LibraryService } from './library.service';
import type { AttachmentContentModel, AttachmentModel } from './models/material.models';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

/** Attachments to training material: checked for size and type (by content, not just name). */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: AttachmentStore,
    private readonly library: LibraryService,
    private readonly context: RequestContext,
  ) {}

  async add(input: AddAttachmentInput): Promise<AttachmentModel> {
    const material = await this.library.get(input.materialId);
    if (!material.editable) throw new NotFoundError('materiellet');
    const content = Buffer.from(input.contentBase64, 'base64');
    if (content.length === 0) throw problem('contentBase64', 'Filen er tom.');
    if (content.length > MAX_ATTACHMENT_BYTES)
      throw problem(
        'contentBase64',
        `Filen er større enn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
      );
    // The input's validation already refused other types; this keeps the service safe alone.
    if (!ATTACHMENT_CONTENT_TYPES.includes(input.contentType))
      throw problem('contentType', ATTACHMENT_TYPES_MESSAGE);
    const check = await checkContent(input.contentType, content);
    if (check === 'markup')
      throw problem(
        'contentBase64',
        'Tekstfilen inneholder HTML eller kode. Lagre den som PDF eller ren tekst uten koder.',
      );
    if (check !== 'ok') throw problem('contentBase64', 'Innholdet stemmer ikke med filtypen.');
    const key = await this.store.put(content);
    const manager = await this.db.manager();
    const [row] = await manager.query<{ id: string; created_at: Date }[]>(
      `INSERT INTO material_attachments (tenant_id, id, material_id, file_name, content_type, size_bytes, sha256, storage_key, created_by)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6, $7, $8) RETURNING id, created_at`,
      [
        this.context.requireCentreId(),
        input.materialId,
        input.fileName,
        input.contentType,
        content.length,
        createHash('sha256').update(content).digest('hex'),
        key,
        this.context.actor?.userId ?? null,
      ],
    );
    return {
      id: row.id,
      fileName: input.fileName,
      contentType: input.contentType,
      sizeBytes: content.length,
    };
  }

  async of(materialId: string): Promise<AttachmentModel[]> {
    return this.ofMaterials([materialId]);
  }

  /** `of` for several materials at once (the resolver's loader), in one query. */
  async ofMaterials(materialIds: string[]): Promise<(AttachmentModel & { materialId: string })[]> {
    const manager = await this.db.manager();
    const rows = await manager.query<
      {
        id: string;
        material_id: string;
        file_name: string;
        content_type: string;
        size_bytes: number;
      }[]
    >(
      `SELECT id, material_id, file_name, content_type, size_bytes FROM material_attachments
        WHERE material_id = ANY ($1::uuid[]) ORDER BY file_name, id`,
      [materialIds],
    );
    return rows.map((r) => ({
      id: r.id,
      materialId: r.material_id,
      fileName: r.file_name,
      contentType: servedContentType(r.content_type),
      sizeBytes: r.size_bytes,
    }));
  }

  async content(id: string): Promise<AttachmentContentModel> {
    const manager = await this.db.manager();
    const [row] = await manager.query<
      { material_id: string; file_name: string; content_type: string; storage_key: string }[]
    >(
      `SELECT material_id, file_name, content_type, storage_key FROM material_attachments WHERE id = $1`,
      [id],
    );
    if (!row) throw new NotFoundError('vedlegget');
    await this.library.get(row.material_id); // drafts stay with their authors
    const content = await this.store.get(row.storage_key);
    if (!content) throw new NotFoundError('vedlegget');
    return {
      fileName: row.file_name,
      contentType: servedContentType(row.content_type),
      contentBase64: content.toString('base64'),
    };
  }
}

function problem(field: string, message: string): BadUserInputError {
  return new BadUserInputError(message, [{ field, messages: [message] }]);
}

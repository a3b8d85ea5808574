import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';

/** Where attachment bytes live. PostgreSQL first; object storage can implement the same. */
export abstract class AttachmentStore {
  /** Stores the bytes in the active centre; returns the key to fetch them by. */
  abstract put(content: Buffer): Promise<string>;
  /** The bytes, or null when the key is unknown or not visible to this request. */
  abstract get(key: string): Promise<Buffer | null>;
}

/** Bytes in `attachment_blobs`, behind the same row-level security as everything else. */
@Injectable()
export class PostgresAttachmentStore extends AttachmentStore {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {
    super();
  }

  async put(content: Buffer): Promise<string> {
    const key = randomUUID();
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO attachment_blobs (tenant_id, id, content) VALUES ($1, $2, $3)`,
      [this.context.requireCentreId(), key, content],
    );
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    const manager = await this.db.manager();
    const [row] = await manager.query<{ content: Buffer }[]>(
      `SELECT content FROM attachment_blobs WHERE id = $1`,
      [key],
    );
    return row?.content ?? null;
  }
}

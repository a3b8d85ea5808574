import { Injectable } from '@nestjs/common';

import { CentreRole, RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, NotFoundError } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type {
  CreateMaterialInput,
  EditMaterialInput,
  RollbackMaterialInput,
} from './dto/material.inputs';
import { LibraryMaterialEntity, MaterialVersionEntity } from './library.entities';
import type {
  MaterialModel,
  MaterialSearchHitModel,
  MaterialVersionModel,
} from './models/material.models';

const materialNotFound = () => new NotFoundError('materiellet');
const WRITERS: (CentreRole | null)[] = [CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR];

interface MaterialRow {
  id: string;
  tenant_id: string;
  language: string;
  tags: string[];
  published_version_id: string | null;
  is_national: boolean;
  latest_version: number;
  latest_version_id: string;
  version_id: string;
  version: number;
  title: string;
  summary: string;
  body_markdown: string;
  version_created_at: Date;
}

/**
 * The training library. Reading relies on row-level security: a reader sees the published
 * national material (policy `national_published`) and their active centre's material, nothing
 * else. Drafts are for their centre's authors. Writing always happens in the active centre; when
 * that is the national office, the material is national.
 */
@Injectable()
export class LibraryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async create(input: CreateMaterialInput): Promise<MaterialModel> {
    const material = await this.db.scoped(LibraryMaterialEntity).insert({
      language: input.language,
      tags: [...new Set(input.tags.map((t) => t.toLowerCase()))],
      publishedVersionId: null,
      createdBy: this.userId(),
    });
    await this.addVersion(material.id, 1, input);
    return this.get(material.id);
  }

  async edit(input: EditMaterialInput): Promise<MaterialModel> {
    const latest = await this.latestVersion(input.id);
    await this.addVersion(input.id, latest.version + 1, {
      title: input.title ?? latest.title,
      summary: input.summary ?? latest.summary,
      bodyMarkdown: input.bodyMarkdown ?? latest.bodyMarkdown,
    });
    return this.get(input.id);
  }

  /** Publishes the latest version (readers see it, search finds it). */
  async publish(id: string): Promise<MaterialModel> {
    const latest = await this.latestVersion(id);
    const manager = await this.db.manager();
    await manager.query(
      `UPDATE library_materials SET published_version_id = $3, updated_at = now(),
         search_document = setweight(to_tsvector('norwegian', $4), 'A')
           || setweight(to_tsvector('norwegian', $5), 'B') || setweight(to_tsvector('norwegian', $6), 'C')
       WHERE tenant_id = $1 AND id = $2`,
      [
        this.context.requireCentreId(),
        id,
        latest.id,
        latest.title,
        latest.summary,
        latest.bodyMarkdown,
      ],
    );
    return this.get(id);
  }

  async unpublish(id: string): Promise<MaterialModel> {
    await this.latestVersion(id);
    await this.db.scoped(LibraryMaterialEntity).update({ id }, { publishedVersionId: null });
    const manager = await this.db.manager();
    await manager.query(
      `UPDATE library_materials SET search_document = NULL WHERE tenant_id = $1 AND id = $2`,
      [this.context.requireCentreId(), id],
    );
    return this.get(id);
  }

  /** Brings an old version back as a new one (history is never rewritten); republishes if published. */
  async rollback(input: RollbackMaterialInput): Promise<MaterialModel> {
    const latest = await this.latestVersion(input.id);
    const old = await this.db
      .scoped(MaterialVersionEntity)
      .findOne({ materialId: input.id, version: input.version });
    if (!old) {
      throw new BadUserInputError(`Versjon ${input.version} finnes ikke.`, [
        { field: 'version', messages: [`Velg en versjon fra 1 til ${latest.version}.`] },
      ]);
    }
    await this.addVersion(input.id, latest.version + 1, old);
    const material = await this.db.scoped(LibraryMaterialEntity).findOne({ id: input.id });
    return material?.publishedVersionId ? this.publish(input.id) : this.get(input.id);
  }

  async history(id: string): Promise<MaterialVersionModel[]> {
    await this.latestVersion(id);
    const versions = await this.db
      .scoped(MaterialVersionEntity)
      .find({ where: { materialId: id }, order: { version: 'DESC' } });
    return versions.map(toVersionModel);
  }

  async get(id: string): Promise<MaterialModel> {
    const [row] = await this.rows(`AND m.id = $3`, [id]);
    if (!row) throw materialNotFound();
    return this.toModel(row);
  }

  /** `get` for several materials at once, in one query; those the caller may not see are left out. */
  async getMany(ids: string[]): Promise<MaterialModel[]> {
    const rows = await this.rows(`AND m.id = ANY($3::uuid[])`, [ids]);
    return rows.map((row) => this.toModel(row));
  }

  async list(
    page: PageArgs,
    scope?: 'NATIONAL' | 'CENTRE',
    tag?: string,
  ): Promise<Page<MaterialModel>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (scope)
      conditions.push(
        scope === 'NATIONAL' ? "AND c.kind = 'NATIONAL_OFFICE'" : "AND c.kind = 'CENTRE'",
      );
    if (tag) {
      params.push(tag.toLowerCase());
      conditions.push(`AND $${params.length + 2} = ANY(m.tags)`);
    }
    const rows = await this.rows(`${conditions.join(' ')} ORDER BY v.title, m.id`, params);
    return toPage(
      rows.slice(page.offset, page.offset + page.limit).map((r) => this.toModel(r)),
      rows.length,
      page,
    );
  }

  /**
   * Full-text search in Norwegian over published material: "grupper" finds "gruppe". Norwegian
   * writes compounds as one word, which the stemmer keeps whole ("selvhjelpsgrupper" is one
   * lexeme), so a material also matches when every word of the query, stemmed, is part of a word
   * in it: "selvhjelp" and "grupper" both find "selvhjelpsgrupper". Such a match ranks below a
   * match of whole words; the excerpt marks words that begin with the query's stems.
   */
  async search(query: string, page: PageArgs): Promise<Page<MaterialSearchHitModel>> {
    const manager = await this.db.manager();
    const hits = await manager.query<
      { id: string; rank: number; excerpt: string; total: number }[]
    >(
      `WITH terms AS (
         SELECT coalesce((ts_lexize('norwegian_stem', w))[1], w) AS stem
           FROM regexp_split_to_table(lower($1), '[^[:alnum:]]+') AS w
          WHERE length(w) >= 3
       ),
       query AS (
         SELECT websearch_to_tsquery('norwegian', $1) AS words,
                (SELECT array_agg('%' || stem || '%') FROM terms) AS parts,
                (SELECT to_tsquery('simple', string_agg(stem || ':*', ' | ')) FROM terms) AS prefixes
       ),
       found AS (
         SELECT m.id, v.title || '. ' || v.summary || ' ' || v.body_markdown AS text,
                ts_rank(m.search_document, query.words)
                  + CASE WHEN m.search_document @@ query.words THEN 0.1 ELSE 0 END AS rank,
                CASE WHEN m.search_document @@ query.words THEN query.words
                     ELSE coalesce(query.prefixes, query.words) END AS marks
           FROM library_materials m
           JOIN material_versions v ON v.tenant_id = m.tenant_id AND v.id = m.published_version_id
          CROSS JOIN query
          WHERE m.search_document @@ query.words
             OR (query.parts IS NOT NULL
                 AND lower(v.title || ' ' || v.summary || ' ' || v.body_markdown) LIKE ALL (query.parts))
       )
       SELECT f.id, f.rank, count(*) OVER ()::int AS total,
              ts_headline('norwegian', f.text, f.marks,
                          'StartSel=«, StopSel=», MaxFragments=2, MinWords=5, MaxWords=20') AS excerpt
         FROM found f
        ORDER BY f.rank DESC, f.id
        LIMIT $2 OFFSET $3`,
      [query, page.limit, page.offset],
    );
    // One query for all hits' materials, not one per hit.
    const rows = hits.length
      ? await this.rows(`AND m.id = ANY($3::uuid[])`, [hits.map((hit) => hit.id)])
      : [];
    const byId = new Map(rows.map((row) => [row.id, this.toModel(row)]));
    return toPage(
      hits.map((hit) => ({
        material: byId.get(hit.id) as MaterialModel,
        rank: Number(hit.rank),
        excerpt: hit.excerpt,
      })),
      hits[0]?.total ?? 0,
      page,
    );
  }

  /** Visible materials (row-level security decides which), with the version this user should see. */
  private async rows(extra: string, params: unknown[]): Promise<MaterialRow[]> {
    const manager = await this.db.manager();
    const actor = this.context.actor;
    const canEdit = WRITERS.includes(actor?.centreRole ?? null);
    return manager.query<MaterialRow[]>(
      `SELECT m.id, m.tenant_id, m.language, m.tags, m.published_version_id, c.kind = 'NATIONAL_OFFICE' AS is_national,
              latest.version AS latest_version, latest.id AS latest_version_id, v.id AS version_id, v.version, v.title, v.summary, v.body_markdown,
              v.created_at AS version_created_at
         FROM library_materials m
         JOIN centres c ON c.id = m.tenant_id
         JOIN LATERAL (SELECT id, version FROM material_versions lv
                        WHERE lv.tenant_id = m.tenant_id AND lv.material_id = m.id
                        ORDER BY version DESC LIMIT 1) latest ON true
         JOIN material_versions v ON v.tenant_id = m.tenant_id
          AND v.id = CASE WHEN m.tenant_id = $1 AND $2 THEN latest.id ELSE m.published_version_id END
        WHERE (m.published_version_id IS NOT NULL OR (m.tenant_id = $1 AND $2)) ${extra}`,
      [actor?.centreId ?? null, canEdit, ...params],
    );
  }

  private toModel(row: MaterialRow): MaterialModel {
    const actor = this.context.actor;
    return {
      id: row.id,
      scope: row.is_national ? 'NATIONAL' : 'CENTRE',
      language: row.language,
      tags: row.tags,
      published: row.published_version_id !== null,
      current: {
        id: row.version_id,
        version: row.version,
        title: row.title,
        summary: row.summary,
        bodyMarkdown: row.body_markdown,
        createdAt: row.version_created_at,
      },
      latestVersion: row.latest_version,
      latestPublished: row.published_version_id === row.latest_version_id,
      editable: row.tenant_id === actor?.centreId && WRITERS.includes(actor?.centreRole ?? null),
    };
  }

  /** The latest version of one of the active centre's materials (authors' view). */
  private async latestVersion(materialId: string): Promise<MaterialVersionEntity> {
    const [latest] = await this.db.scoped(MaterialVersionEntity).find({
      where: { materialId },
      order: { version: 'DESC' },
      take: 1,
    });
    if (!latest) throw materialNotFound();
    return latest;
  }

  private async addVersion(
    materialId: string,
    version: number,
    content: { title: string; summary: string; bodyMarkdown: string },
  ): Promise<void> {
    await this.db.scoped(MaterialVersionEntity).insert({
      materialId,
      version,
      title: content.title,
      summary: content.summary,
      bodyMarkdown: content.bodyMarkdown,
      createdBy: this.userId(),
    });
  }

  private userId(): string | null {
    return this.context.actor?.userId ?? null;
  }
}

function toVersionModel(row: MaterialVersionEntity): MaterialVersionModel {
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.bodyMarkdown,
    createdAt: row.createdAt,
  };
}

import { Injectable } from '@nestjs/common';

import { CentreModel, type CentreRole, TenantDatabase } from '@link/platform/tenancy';

import type { MembershipModel } from '../models/membership.model';

interface MembershipRow {
  id: string;
  role: CentreRole;
  centre_id: string;
  slug: string;
  name: string;
  municipalities: string[];
  time_zone: string;
}

/**
 * A user's active memberships in every centre. Readable across centres only through the
 * `own_memberships` policy, which needs `app.user_id` to be this user.
 */
@Injectable()
export class MembershipsReader {
  constructor(private readonly db: TenantDatabase) {}

  async activeMembershipsOf(userId: string): Promise<MembershipModel[]> {
    const manager = await this.db.manager();
    const rows = await manager.query<MembershipRow[]>(
      `SELECT m.id, m.role, c.id AS centre_id, c.slug, c.name, c.municipalities, c.time_zone
         FROM memberships m JOIN centres c ON c.id = m.tenant_id
        WHERE m.user_id = $1 AND m.deactivated_at IS NULL
        ORDER BY c.name`,
      [userId],
    );
    return rows.map((row) => ({
      id: row.id,
      role: row.role,
      centre: CentreModel.from({
        id: row.centre_id,
        slug: row.slug,
        name: row.name,
        municipalities: row.municipalities,
        timeZone: row.time_zone,
      }),
    }));
  }
}

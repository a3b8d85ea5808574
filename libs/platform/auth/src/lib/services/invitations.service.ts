import { Injectable } from '@nestjs/common';

import {
  CentreModel,
  type CentreRole,
  RequestTransaction,
  TenantDatabase,
} from '@link/platform/tenancy';
import { NotFoundError } from '@link/shared/errors';

import { MembershipEntity } from '../entities/membership.entity';
import type { CentreInvitationModel } from '../models/staff-invitation.model';

interface InvitationRow {
  id: string;
  role: CentreRole;
  created_at: Date;
  expires_at: Date;
  centre_id: string;
  slug: string;
  name: string;
  municipalities: string[];
  time_zone: string;
}

const invitationNotFound = () => new NotFoundError('invitasjonen');

/**
 * The invited person's side of an invitation: the open invitations to the address of their own
 * account, in every centre (readable through the `own_invitations` policy), and accepting or
 * declining one, which writes in the inviting centre as that centre (row-level security's
 * `tenant_isolation` still decides the write).
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
  ) {}

  /** Open invitations to this user's address, from centres where they do not work yet. */
  async openFor(userId: string, id?: string): Promise<CentreInvitationModel[]> {
    const manager = await this.db.manager();
    const rows = await manager.query<InvitationRow[]>(
      `SELECT i.id, i.role, i.created_at, i.expires_at,
              c.id AS centre_id, c.slug, c.name, c.municipalities, c.time_zone
         FROM staff_invitations i
         JOIN users u ON u.email = i.email
         JOIN centres c ON c.id = i.tenant_id
        WHERE u.id = $1 AND ($2::uuid IS NULL OR i.id = $2::uuid)
          AND i.accepted_at IS NULL AND i.declined_at IS NULL AND i.cancelled_at IS NULL
          AND i.expires_at > now()
          AND NOT EXISTS (SELECT 1 FROM memberships m
                           WHERE m.tenant_id = i.tenant_id AND m.user_id = u.id
                             AND m.deactivated_at IS NULL)
        ORDER BY i.created_at, i.id`,
      [userId, id ?? null],
    );
    return rows.map((row) => ({
      id: row.id,
      role: row.role,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      centre: CentreModel.from({
        id: row.centre_id,
        slug: row.slug,
        name: row.name,
        municipalities: row.municipalities,
        timeZone: row.time_zone,
      }),
    }));
  }

  /** Accepts: the person gets the role in the inviting centre. Returns that centre. */
  async accept(userId: string, id: string): Promise<CentreModel> {
    const invitation = await this.findOpen(userId, id);
    await this.transaction.inCentre(invitation.centre.id, async () => {
      await this.close(id, 'accepted_at');
      const memberships = this.db.scoped(MembershipEntity);
      const existing = await memberships.findOne({ userId });
      if (existing) {
        await memberships.update(
          { id: existing.id },
          { role: invitation.role, deactivatedAt: null },
        );
      } else {
        await memberships.insert({ userId, role: invitation.role });
      }
    });
    return invitation.centre;
  }

  /** Declines. The inviting centre is not told: to it the invitation stays open until it expires. */
  async decline(userId: string, id: string): Promise<void> {
    const invitation = await this.findOpen(userId, id);
    await this.transaction.inCentre(invitation.centre.id, () => this.close(id, 'declined_at'));
  }

  private async findOpen(userId: string, id: string): Promise<CentreInvitationModel> {
    const [invitation] = await this.openFor(userId, id);
    if (!invitation) throw invitationNotFound();
    return invitation;
  }

  /** Closes the invitation once: a second accept or decline at the same time finds it closed. */
  private async close(id: string, column: 'accepted_at' | 'declined_at'): Promise<void> {
    const manager = await this.db.manager();
    const [rows] = await manager.query<[unknown[], number]>(
      `UPDATE staff_invitations SET ${column} = now()
        WHERE tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND id = $1
          AND accepted_at IS NULL AND declined_at IS NULL AND cancelled_at IS NULL
          AND expires_at > now()
        RETURNING id`,
      [id],
    );
    if (rows.length === 0) throw invitationNotFound();
  }
}

import { Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, MoreThan, Not } from 'typeorm';

import { CentreRole, RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, NotFoundError, rethrowViolation } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { InviteStaffMemberInput, SetStaffRoleInput } from '../dto/staff.inputs';
import { MembershipEntity } from '../entities/membership.entity';
import { StaffInvitationEntity } from '../entities/staff-invitation.entity';
import type { StaffMemberModel } from '../models/staff-member.model';
import { type StaffInvitationModel, StaffInvitationStatus } from '../models/staff-invitation.model';
import { UsersService } from './users.service';

const staffNotFound = () => new NotFoundError('den ansatte i dette senteret');
const invitationNotFound = () => new NotFoundError('invitasjonen');

/** How long an invitation can be accepted. */
export const INVITATION_VALID_DAYS = 30;

/** A centre admin's work with their own centre's staff. Everything runs in the active centre. */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UsersService,
    private readonly context: RequestContext,
  ) {}

  private get memberships() {
    return this.db.scoped(MembershipEntity);
  }

  private get invitations() {
    return this.db.scoped(StaffInvitationEntity);
  }

  async list(page: PageArgs, includeDeactivated: boolean): Promise<Page<StaffMemberModel>> {
    const [rows, total] = await this.memberships.findAndCount({
      where: includeDeactivated ? {} : { deactivatedAt: IsNull() },
      relations: { user: true },
      order: { user: { displayName: 'ASC' }, id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(rows.map(toStaffMember), total, page);
  }

  /**
   * Invites an address to the centre. The answer is the same whether or not the address has an
   * account (and whatever it is called elsewhere): an open invitation. Only someone who already
   * works here is refused, which the centre can see in its own staff list anyway.
   */
  async invite(input: InviteStaffMemberInput): Promise<StaffInvitationModel> {
    const actor = this.context.requireSignedIn();
    await this.users.ensureAccount(input);
    const manager = await this.db.manager();
    const [working] = await manager.query<{ id: string }[]>(
      `SELECT m.id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND u.email = $2 AND m.deactivated_at IS NULL`,
      [this.context.requireCentreId(), input.email],
    );
    if (working) throw new ConflictError(`${input.email} arbeider allerede i senteret.`);
    // An expired invitation no longer blocks a new one.
    await this.invitations.update(
      {
        email: input.email,
        acceptedAt: IsNull(),
        cancelledAt: IsNull(),
        expiresAt: LessThanOrEqual(new Date()),
      },
      { cancelledAt: new Date() },
    );
    try {
      const invitation = await this.invitations.insert({
        email: input.email,
        role: input.role,
        invitedBy: actor.userId,
        expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000),
      });
      return this.getInvitation(invitation.id);
    } catch (error) {
      rethrowViolation(error, {
        staff_invitations_open_key: () =>
          new ConflictError(`${input.email} er allerede invitert og har ikke svart ennå.`),
      });
    }
  }

  async listInvitations(page: PageArgs, openOnly: boolean): Promise<Page<StaffInvitationModel>> {
    const now = new Date();
    const [rows, total] = await this.invitations.findAndCount({
      where: openOnly
        ? { acceptedAt: IsNull(), cancelledAt: IsNull(), expiresAt: MoreThan(now) }
        : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return toPage(
      rows.map((row) => toInvitation(row, now)),
      total,
      page,
    );
  }

  /** Withdraws an invitation not yet accepted. */
  async cancelInvitation(id: string): Promise<StaffInvitationModel> {
    const invitation = await this.invitations.findOne({ id });
    if (!invitation) throw invitationNotFound();
    if (invitation.acceptedAt) {
      throw new ConflictError(
        'Invitasjonen er allerede akseptert. Deaktiver personen i stedet, om hen skal slutte.',
      );
    }
    if (!invitation.cancelledAt) {
      await this.invitations.update({ id }, { cancelledAt: new Date() });
    }
    return this.getInvitation(id);
  }

  private async getInvitation(id: string): Promise<StaffInvitationModel> {
    const row = await this.invitations.findOne({ id });
    if (!row) throw invitationNotFound();
    return toInvitation(row, new Date());
  }

  async setRole(input: SetStaffRoleInput): Promise<StaffMemberModel> {
    const membership = await this.lockActive(input.id);
    if (membership.role === CentreRole.CENTRE_ADMIN && input.role !== CentreRole.CENTRE_ADMIN) {
      await this.assertAnotherAdmin(membership.id);
    }
    await this.memberships.update({ id: membership.id }, { role: input.role });
    return this.get(membership.id);
  }

  async deactivate(id: string): Promise<StaffMemberModel> {
    const membership = await this.lockActive(id);
    if (membership.role === CentreRole.CENTRE_ADMIN) await this.assertAnotherAdmin(membership.id);
    await this.memberships.update({ id }, { deactivatedAt: new Date() });
    return this.get(id);
  }

  async reactivate(id: string): Promise<StaffMemberModel> {
    const membership = await this.memberships.findOne({ id });
    if (!membership) throw staffNotFound();
    await this.memberships.update({ id }, { deactivatedAt: null });
    return this.get(id);
  }

  private async get(id: string): Promise<StaffMemberModel> {
    const [row] = await this.memberships.find({ where: { id }, relations: { user: true } });
    if (!row) throw staffNotFound();
    return toStaffMember(row);
  }

  /**
   * Locks the centre's admin memberships, so two admins demoting each other at the same time
   * cannot leave the centre with none.
   */
  private async lockActive(id: string): Promise<MembershipEntity> {
    const admins = await this.memberships.queryBuilder('m');
    await admins
      .andWhere('m.role = :role', { role: CentreRole.CENTRE_ADMIN })
      .setLock('pessimistic_write')
      .getMany();
    const membership = await this.memberships.findOne({ id, deactivatedAt: IsNull() });
    if (!membership) throw staffNotFound();
    return membership;
  }

  private async assertAnotherAdmin(exceptId: string): Promise<void> {
    const others = await this.memberships.count({
      id: Not(exceptId),
      role: CentreRole.CENTRE_ADMIN,
      deactivatedAt: IsNull(),
    });
    if (others === 0) {
      throw new ConflictError(
        `Senteret må ha minst én aktiv senteradministrator. Gi en annen rollen først.`,
      );
    }
  }
}

function toStaffMember(row: MembershipEntity): StaffMemberModel {
  return {
    id: row.id,
    userId: row.userId,
    email: row.user?.email ?? '',
    displayName: row.user?.displayName ?? '',
    role: row.role,
    active: row.deactivatedAt === null,
    deactivatedAt: row.deactivatedAt ?? undefined,
    addedAt: row.createdAt,
  };
}

/** The centre's view: a declined invitation is OPEN to it until it expires. */
function toInvitation(row: StaffInvitationEntity, now: Date): StaffInvitationModel {
  const status = row.acceptedAt
    ? StaffInvitationStatus.ACCEPTED
    : row.cancelledAt
      ? StaffInvitationStatus.CANCELLED
      : row.expiresAt <= now
        ? StaffInvitationStatus.EXPIRED
        : StaffInvitationStatus.OPEN;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
  };
}

import { Injectable } from '@nestjs/common';
import { IsNull, Not } from 'typeorm';

import { CentreRole, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, NotFoundError } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { AddStaffMemberInput, SetStaffRoleInput } from '../dto/staff.inputs';
import { MembershipEntity } from '../entities/membership.entity';
import type { StaffMemberModel } from '../models/staff-member.model';
import { UsersService } from './users.service';

const staffNotFound = () => new NotFoundError('den ansatte i dette senteret');

/** A centre admin's work with their own centre's staff. Everything runs in the active centre. */
@Injectable()
export class StaffService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly users: UsersService,
  ) {}

  private get memberships() {
    return this.db.scoped(MembershipEntity);
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

  async add(input: AddStaffMemberInput): Promise<StaffMemberModel> {
    const user = await this.users.findOrCreate(input);
    const existing = await this.memberships.findOne({ userId: user.id });
    if (existing && !existing.deactivatedAt) {
      throw new ConflictError(`${user.email} arbeider allerede i senteret.`);
    }
    if (existing) {
      await this.memberships.update({ id: existing.id }, { role: input.role, deactivatedAt: null });
      return this.get(existing.id);
    }
    const membership = await this.memberships.insert({ userId: user.id, role: input.role });
    return this.get(membership.id);
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

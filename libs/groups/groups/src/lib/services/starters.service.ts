import { Inject, Injectable, Optional } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';

import {
  MembershipEntity,
  STARTER_QUALIFICATION,
  type StarterQualification,
} from '@link/platform/auth';
import { weekdayName } from '@link/groups/intake';
import {
  CENTRE_ROLE_NAMES,
  CentreRole,
  RequestContext,
  TenantDatabase,
} from '@link/platform/tenancy';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  rethrowViolation,
} from '@link/shared/errors';

import type { StarterAssignmentInput } from '../dto/membership.inputs';
import { GroupEntity, GroupStarterEntity } from '../entities/group.entities';
import { GroupStatus } from '../groups.enums';
import type { GroupStarterModel } from '../models/group.models';
import { overlaps, weeklySlot } from './group-rules';
import { GroupSettingsService } from './group-settings.service';
import { GroupsService } from './groups.service';
import { StaffingFacts } from './staffing-facts';

/**
 * Starters on groups. A starter is never on two groups that meet at the same time, also when two
 * coordinators assign them at the same instant: assignments of one starter take turns on a row
 * lock on their membership (see `lockStarter`).
 */
@Injectable()
export class StartersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly groups: GroupsService,
    private readonly context: RequestContext,
    private readonly settings: GroupSettingsService,
    private readonly facts: StaffingFacts,
    @Optional()
    @Inject(STARTER_QUALIFICATION)
    private readonly qualification?: StarterQualification,
  ) {}

  async assign(input: StarterAssignmentInput): Promise<GroupStarterModel[]> {
    const group = await this.groups.require(input.groupId);
    if (group.status === GroupStatus.ENDED) {
      throw new BadUserInputError('Gruppen er avsluttet.', [
        { field: 'groupId', messages: ['Gruppen er avsluttet.'] },
      ]);
    }
    await this.lockStarter(input.staffMemberId);
    const membership = await this.db
      .scoped(MembershipEntity)
      .findOne({ id: input.staffMemberId, deactivatedAt: IsNull() });
    if (!membership) throw new NotFoundError('den ansatte');
    if (membership.role !== CentreRole.STARTER) {
      throw new BadUserInputError('Bare igangsettere kan settes på en gruppe.', [
        {
          field: 'staffMemberId',
          messages: [`Personen er ${CENTRE_ROLE_NAMES[membership.role]}, ikke igangsetter.`],
        },
      ]);
    }
    if (
      this.qualification &&
      !(await this.qualification.isQualified(membership.userId, await this.groups.today()))
    ) {
      throw new BadUserInputError('Igangsetteren har ikke gyldig kvalifikasjon.', [
        { field: 'staffMemberId', messages: ['Mangler gyldig igangsetterkvalifikasjon.'] },
      ]);
    }
    await this.assertCleared(membership.id);
    await this.assertNoClash(membership.id, group);
    const starters = this.db.scoped(GroupStarterEntity);
    if (
      await starters.findOne({
        groupId: group.id,
        membershipId: membership.id,
        releasedAt: IsNull(),
      })
    ) {
      throw new ConflictError('Igangsetteren er allerede satt på gruppen.');
    }
    await starters
      .insert({
        groupId: group.id,
        membershipId: membership.id,
        assignedAt: new Date(),
        releasedAt: null,
      })
      .catch((error: unknown) =>
        rethrowViolation(error, {
          group_starters_active_key: () =>
            new ConflictError('Igangsetteren er allerede satt på gruppen.'),
        }),
      );
    return this.of(group.id);
  }

  async release(input: StarterAssignmentInput): Promise<GroupStarterModel[]> {
    await this.groups.require(input.groupId);
    const released = await this.db
      .scoped(GroupStarterEntity)
      .update(
        { groupId: input.groupId, membershipId: input.staffMemberId, releasedAt: IsNull() },
        { releasedAt: new Date() },
      );
    if (released === 0) throw new NotFoundError('igangsetteren på gruppen');
    return this.of(input.groupId);
  }

  async of(groupId: string): Promise<GroupStarterModel[]> {
    return (await this.ofGroups([await this.groups.require(groupId)])).get(groupId) ?? [];
  }

  /**
   * `of` for several groups at once (`GroupLoaders`): one query for the assignments, one for the
   * names and one call of `starter_busy_elsewhere` for all the groups' starters.
   */
  async ofGroups(
    groups: readonly Pick<GroupEntity, 'id' | 'weekday' | 'startTime' | 'durationMinutes'>[],
  ): Promise<Map<string, GroupStarterModel[]>> {
    const assignments = await this.db.scoped(GroupStarterEntity).find({
      where: { groupId: In([...new Set(groups.map((g) => g.id))]), releasedAt: IsNull() },
      order: { assignedAt: 'ASC' },
    });
    const starters = new Map<string, GroupStarterModel[]>();
    if (assignments.length === 0) return starters;
    const membershipIds = [...new Set(assignments.map((a) => a.membershipId))];
    const memberships = await this.db.scoped(MembershipEntity).find({
      where: { id: In(membershipIds) },
      relations: { user: true },
    });
    const names = new Map(memberships.map((m) => [m.id, m.user?.displayName ?? '']));
    const busy = await this.facts.busyElsewhere(membershipIds);
    for (const group of groups) {
      if (starters.has(group.id)) continue;
      const slot = weeklySlot(group.weekday, group.startTime, group.durationMinutes);
      starters.set(
        group.id,
        assignments
          .filter((a) => a.groupId === group.id)
          .map((a) => ({
            staffMemberId: a.membershipId,
            displayName: names.get(a.membershipId) ?? '',
            assignedAt: a.assignedAt,
            busyElsewhereAtThatTime: (busy.get(a.membershipId) ?? []).some((t) =>
              overlaps(slot, weeklySlot(t.weekday, t.startTime, t.durationMinutes)),
            ),
          })),
      );
    }
    return starters;
  }

  /**
   * A volunteer starts a group only with a valid police certificate and a signed confidentiality
   * agreement, when the centre requires it (the default). Staff without a volunteer profile here
   * are the centre's own employees and are not asked.
   */
  private async assertCleared(membershipId: string): Promise<void> {
    if (!(await this.settings.current()).requireVolunteerClearance) return;
    const clearance = (await this.facts.clearances([membershipId])).get(membershipId);
    if (!clearance || clearance.volunteerStatus === null) return;
    const today = await this.groups.today();
    const missing: string[] = [];
    if (!clearance.policeCertificateValidUntil) missing.push('Har ikke vist politiattest her.');
    else if (clearance.policeCertificateValidUntil < today)
      missing.push(`Politiattesten gikk ut ${clearance.policeCertificateValidUntil}.`);
    if (!clearance.confidentialitySignedOn) missing.push('Har ikke signert taushetserklæring.');
    if (missing.length > 0) {
      throw new BadUserInputError(
        'Senteret krever gyldig politiattest og signert taushetserklæring før en frivillig starter en gruppe.',
        [{ field: 'staffMemberId', messages: missing }],
      );
    }
  }

  /**
   * Makes assignments of one starter take turns until the transaction ends: the second of two at
   * the same instant waits here, then reads the first one's assignment and sees the clash. A row
   * lock rather than a constraint: the weekly times are the groups', not the assignments', and an
   * ended group's assignment no longer counts. NO KEY UPDATE does not hold up rows that merely
   * refer to the membership.
   */
  private async lockStarter(membershipId: string): Promise<void> {
    const manager = await this.db.manager();
    await manager.query(
      `SELECT 1 FROM memberships WHERE tenant_id = $1 AND id = $2 FOR NO KEY UPDATE`,
      [this.context.requireCentreId(), membershipId],
    );
  }

  /** A starter cannot be in two groups that meet at the same time. */
  private async assertNoClash(membershipId: string, group: GroupEntity): Promise<void> {
    const theirs = await this.db
      .scoped(GroupStarterEntity)
      .find({ where: { membershipId, releasedAt: IsNull(), groupId: Not(group.id) } });
    if (theirs.length === 0) return;
    const others = await this.db.scoped(GroupEntity).find({
      where: { id: In(theirs.map((t) => t.groupId)), status: Not(GroupStatus.ENDED) },
    });
    const slot = weeklySlot(group.weekday, group.startTime, group.durationMinutes);
    const clash = others.find((other) =>
      overlaps(slot, weeklySlot(other.weekday, other.startTime, other.durationMinutes)),
    );
    if (clash) {
      throw new ConflictError(
        `Igangsetteren har allerede en gruppe på samme tid (${weekdayName(clash.weekday)} kl. ${clash.startTime.slice(0, 5)}).`,
      );
    }
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, ConflictError, rethrowViolation } from '@link/shared/errors';

import type {
  FollowUpInput,
  OpenMeetingInput,
  StartupMeetingInput,
} from '../dto/membership.inputs';
import {
  FollowUpEntity,
  OpenGroupMeetingEntity,
  StartupMeetingEntity,
} from '../entities/group.entities';
import { GroupKind, GroupStatus } from '../groups.enums';
import type {
  FollowUpModel,
  GroupNeedingFollowUpModel,
  OpenGroupMeetingModel,
  StartupMeetingModel,
} from '../models/group.models';
import { GROUP_SETTINGS_DEFAULTS } from './group-settings.service';
import { GROUP_ROW_COLUMNS, type GroupRow, toGroupModel } from './group-rows';
import { GroupsService } from './groups.service';

/** The centre's follow-up of running groups, and open groups' head counts. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly groups: GroupsService,
    private readonly context: RequestContext,
  ) {}

  async log(input: FollowUpInput): Promise<FollowUpModel> {
    await this.groups.require(input.groupId);
    if (input.note) await this.assertNamesNoMember(input.groupId, input.note);
    const followUp = await this.db.scoped(FollowUpEntity).insert({
      groupId: input.groupId,
      kind: input.kind,
      occurredOn: input.occurredOn ?? (await this.groups.today()),
      byUserId: this.context.actor?.userId ?? null,
      note: input.note ?? null,
    });
    return toFollowUp(followUp);
  }

  /** The log is about the group, not its people: a note may not name a member. */
  private async assertNamesNoMember(groupId: string, note: string): Promise<void> {
    const manager = await this.db.manager();
    const members = await manager.query<{ display_name: string }[]>(
      `SELECT p.display_name FROM group_members m
         JOIN participants p ON p.tenant_id = m.tenant_id AND p.id = m.participant_id
        WHERE m.tenant_id = $1 AND m.group_id = $2`,
      [this.context.requireCentreId(), groupId],
    );
    const words = new Set(note.toLocaleLowerCase('nb').split(/[^\p{L}\p{N}]+/u));
    if (members.some((m) => words.has(m.display_name.toLocaleLowerCase('nb')))) {
      throw new BadUserInputError('Notatet nevner en deltaker ved navn.', [
        { field: 'note', messages: ['Skriv om gruppen uten å nevne deltakere ved navn.'] },
      ]);
    }
  }

  async of(groupId: string): Promise<FollowUpModel[]> {
    await this.groups.require(groupId);
    const rows = await this.db
      .scoped(FollowUpEntity)
      .find({ where: { groupId }, order: { occurredOn: 'DESC', createdAt: 'DESC' } });
    return rows.map(toFollowUp);
  }

  /** `of` for several groups at once (`GroupLoaders`), in one query. */
  async ofGroups(groupIds: string[]): Promise<FollowUpModel[]> {
    const rows = await this.db.scoped(FollowUpEntity).find({
      where: { groupId: In(groupIds) },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    return rows.map(toFollowUp);
  }

  /** Running groups with no follow-up for `weeks` (the centre's setting by default), longest first. */
  async needing(weeks?: number): Promise<GroupNeedingFollowUpModel[]> {
    // One statement: the interval and today (in the centre's time zone), whole weeks since each
    // running group's last follow-up (or its start), and only the groups that are due, as rows.
    // The last follow-ups and the member counts are grouped once for the centre, not looked up
    // per group (a subquery per row also re-checks the centre's policy per row).
    const due = await (
      await this.db.manager()
    ).query<(GroupRow & { memberCount: number; last: string | null; weeks: number })[]>(
      `WITH here AS MATERIALIZED (
         SELECT (now() AT TIME ZONE c.time_zone)::date AS today,
                coalesce($2::integer,
                         (SELECT follow_up_weeks FROM centre_settings WHERE tenant_id = c.id),
                         $3::integer) AS weeks
           FROM centres c WHERE c.id = $1),
       last_follow_up AS (
         SELECT group_id, max(occurred_on) AS last FROM follow_ups
          WHERE tenant_id = $1 GROUP BY group_id),
       members AS (
         SELECT group_id, count(*)::integer AS count FROM group_members
          WHERE tenant_id = $1 AND left_on IS NULL GROUP BY group_id)
       SELECT ${GROUP_ROW_COLUMNS}, coalesce(members.count, 0) AS "memberCount",
              f.last::text AS last,
              floor((here.today - coalesce(f.last, g.start_date)) / 7.0)::integer AS weeks
         FROM here, groups g
         LEFT JOIN last_follow_up f ON f.group_id = g.id
         LEFT JOIN members ON members.group_id = g.id
        WHERE g.tenant_id = $1 AND g.status = ANY($4)
          AND floor((here.today - coalesce(f.last, g.start_date)) / 7.0) >= here.weeks`,
      [
        this.context.requireCentreId(),
        weeks ?? null,
        GROUP_SETTINGS_DEFAULTS.followUpWeeks,
        [GroupStatus.STARTING, GroupStatus.SELF_RUN],
      ],
    );
    return due
      .map((row) => ({
        group: toGroupModel(row, row.memberCount),
        lastFollowUpOn: row.last,
        weeksWithout: row.weeks,
      }))
      .sort((a, b) => b.weeksWithout - a.weeksWithout || a.group.name.localeCompare(b.group.name));
  }

  async recordOpenMeeting(input: OpenMeetingInput): Promise<OpenGroupMeetingModel> {
    const group = await this.groups.require(input.groupId);
    if (group.kind !== GroupKind.OPEN) {
      throw new BadUserInputError('Oppmøtetall føres bare for åpne grupper.', [
        { field: 'groupId', messages: ['Gruppen er lukket.'] },
      ]);
    }
    const meetings = this.db.scoped(OpenGroupMeetingEntity);
    const existing = await meetings.findOne({ groupId: group.id, heldOn: input.heldOn });
    if (existing && !input.replace) throw alreadyCounted(input.heldOn, existing.headCount);
    if (existing) {
      await meetings.update({ id: existing.id }, { headCount: input.headCount });
      return { id: existing.id, heldOn: existing.heldOn, headCount: input.headCount };
    }
    try {
      const row = await meetings.insert({
        groupId: input.groupId,
        heldOn: input.heldOn,
        headCount: input.headCount,
      });
      return { id: row.id, heldOn: row.heldOn, headCount: row.headCount };
    } catch (error) {
      // Two at once: the database's unique key (group, day) refuses the second.
      rethrowViolation(error, {
        open_group_meetings_tenant_id_group_id_held_on_key: () =>
          alreadyCounted(input.heldOn, null),
      });
    }
  }

  /** A start-up meeting with a group, once a day; a second for the same day corrects the first. */
  async recordStartupMeeting(input: StartupMeetingInput): Promise<StartupMeetingModel> {
    const group = await this.groups.require(input.groupId);
    if (group.kind !== GroupKind.CLOSED) {
      throw new BadUserInputError('Oppstartsmøter føres for lukkede grupper.', [
        { field: 'groupId', messages: ['Gruppen er åpen.'] },
      ]);
    }
    const agreed = [...new Set(input.agreed)];
    const meetings = this.db.scoped(StartupMeetingEntity);
    const existing = await meetings.findOne({ groupId: group.id, heldOn: input.heldOn });
    if (existing) await meetings.delete({ id: existing.id });
    try {
      const row = await meetings.insert({
        groupId: group.id,
        heldOn: input.heldOn,
        agreed,
        recordedBy: this.context.actor?.userId ?? null,
      });
      return { id: row.id, heldOn: row.heldOn, agreed: row.agreed };
    } catch (error) {
      rethrowViolation(error, {
        group_startup_meetings_one_a_day: () =>
          new ConflictError(`Et oppstartsmøte ${input.heldOn} ble nettopp ført. Prøv igjen.`),
      });
    }
  }

  async startupMeetings(groupId: string): Promise<StartupMeetingModel[]> {
    const rows = await this.db
      .scoped(StartupMeetingEntity)
      .find({ where: { groupId }, order: { heldOn: 'ASC' } });
    return rows.map((row) => ({ id: row.id, heldOn: row.heldOn, agreed: row.agreed }));
  }

  /** `startupMeetings` for several groups at once (`GroupLoaders`), in one query. */
  async startupMeetingsOf(
    groupIds: string[],
  ): Promise<(StartupMeetingModel & { groupId: string })[]> {
    const rows = await this.db
      .scoped(StartupMeetingEntity)
      .find({ where: { groupId: In(groupIds) }, order: { heldOn: 'ASC' } });
    return rows.map((row) => ({
      id: row.id,
      groupId: row.groupId,
      heldOn: row.heldOn,
      agreed: row.agreed,
    }));
  }

  async openMeetings(groupId: string): Promise<OpenGroupMeetingModel[]> {
    await this.groups.require(groupId);
    const rows = await this.db
      .scoped(OpenGroupMeetingEntity)
      .find({ where: { groupId }, order: { heldOn: 'DESC' } });
    return rows.map((row) => ({ id: row.id, heldOn: row.heldOn, headCount: row.headCount }));
  }

  /** `openMeetings` for several groups at once (`GroupLoaders`), in one query. */
  async openMeetingsOf(
    groupIds: string[],
  ): Promise<(OpenGroupMeetingModel & { groupId: string })[]> {
    const rows = await this.db
      .scoped(OpenGroupMeetingEntity)
      .find({ where: { groupId: In(groupIds) }, order: { heldOn: 'DESC' } });
    return rows.map((row) => ({
      id: row.id,
      groupId: row.groupId,
      heldOn: row.heldOn,
      headCount: row.headCount,
    }));
  }
}

function alreadyCounted(heldOn: string, headCount: number | null): ConflictError {
  const counted = headCount === null ? '' : ` (${headCount})`;
  return new ConflictError(
    `Oppmøtet for gruppens møte ${heldOn} er allerede ført${counted}. ` +
      'Send replace: true for å rette det.',
  );
}

function toFollowUp(row: FollowUpEntity): FollowUpModel {
  return {
    id: row.id,
    groupId: row.groupId,
    kind: row.kind,
    occurredOn: row.occurredOn,
    note: row.note,
  };
}

import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, IsNull } from 'typeorm';

import {
  AuditTrail,
  CentreFacts,
  ParticipantsService,
  ParticipantStatus,
} from '@link/groups/intake';
import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, NotFoundError } from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type {
  ChangeGroupStatusInput,
  CreateGroupInput,
  StarterVisitInput,
} from '../dto/group.inputs';
import { GroupEntity, GroupEventEntity, GroupMemberEntity } from '../entities/group.entities';
import {
  GroupComposition,
  GroupEventKind,
  GroupFormat,
  GroupKind,
  GroupStatus,
  GROUP_STATUS_NAMES,
} from '../groups.enums';
import type { GroupEventModel, GroupModel } from '../models/group.models';
import { allowedTransitions } from './group-rules';
import { GROUP_ROW_COLUMNS, type GroupRow, MEMBER_COUNT_COLUMN, toGroupModel } from './group-rows';
import { GroupSettingsService } from './group-settings.service';

export const groupNotFound = () => new NotFoundError('gruppen');

/** Groups and their lifecycle: planned → recruiting → starting → self-run → ended. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly centre: CentreFacts,
    private readonly settings: GroupSettingsService,
    private readonly context: RequestContext,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditTrail,
  ) {}

  get groups() {
    return this.db.scoped(GroupEntity);
  }

  async create(input: CreateGroupInput): Promise<GroupModel> {
    const settings = await this.settings.current();
    const problems: { field: string; messages: string[] }[] = [];
    if (input.composition === GroupComposition.THEMED && !input.theme) {
      problems.push({ field: 'theme', messages: ['Påkrevd for en tematisk gruppe.'] });
    }
    if (input.format === GroupFormat.PHYSICAL && !input.municipality) {
      problems.push({ field: 'municipality', messages: ['Påkrevd for en fysisk gruppe.'] });
    }
    const capacity = input.capacity ?? settings.groupMaxSize;
    if (
      input.kind === GroupKind.CLOSED &&
      (capacity < settings.groupMinSize || capacity > settings.groupMaxSize)
    ) {
      problems.push({
        field: 'capacity',
        messages: [
          `En lukket gruppe har ${settings.groupMinSize}–${settings.groupMaxSize} deltakere i senterets rammer.`,
        ],
      });
    }
    if (
      input.ageRangeMin !== undefined &&
      input.ageRangeMax !== undefined &&
      input.ageRangeMin > input.ageRangeMax
    ) {
      problems.push({
        field: 'ageRangeMax',
        messages: ['Høyeste alder må være minst like høy som laveste.'],
      });
    }
    if (problems.length > 0)
      throw new BadUserInputError('Gruppen kan ikke opprettes slik.', problems);
    const municipality = input.municipality
      ? await this.centre.municipality(input.municipality)
      : null;
    const group = await this.groups.insert({
      name: input.name,
      kind: input.kind,
      format: input.format,
      composition: input.composition,
      theme: input.composition === GroupComposition.THEMED ? (input.theme ?? null) : null,
      weekday: input.weekday,
      startTime: `${input.startTime}:00`,
      durationMinutes: input.durationMinutes,
      municipality,
      meetingLink: input.format === GroupFormat.DIGITAL ? (input.meetingLink ?? null) : null,
      capacity,
      ageRangeMin: input.ageRangeMin ?? null,
      ageRangeMax: input.ageRangeMax ?? null,
      startDate: input.startDate,
      status: GroupStatus.PLANNED,
      pausedFrom: null,
    });
    return (await this.toModels([group]))[0];
  }

  async require(id: string): Promise<GroupEntity> {
    const group = await this.groups.findOne({ id });
    if (!group) throw groupNotFound();
    return group;
  }

  async get(id: string): Promise<GroupModel> {
    return (await this.toModels([await this.require(id)]))[0];
  }

  async list(page: PageArgs, statuses?: GroupStatus[]): Promise<Page<GroupModel>> {
    const filtered = Boolean(statuses?.length);
    // One statement: the page as plain rows with the total beside every row.
    const rows = await (
      await this.db.manager()
    ).query<(GroupRow & { memberCount: number; totalCount: number })[]>(
      `SELECT ${GROUP_ROW_COLUMNS}, ${MEMBER_COUNT_COLUMN}, count(*) OVER ()::integer AS "totalCount"
        FROM groups g
        WHERE g.tenant_id = $1 ${filtered ? 'AND g.status = ANY($4)' : ''}
        ORDER BY g.name, g.id
        LIMIT $2 OFFSET $3`,
      [this.context.requireCentreId(), page.limit, page.offset, ...(filtered ? [statuses] : [])],
    );
    // A page past the end has no row to carry the total.
    const total =
      rows.length > 0 || page.offset === 0
        ? (rows[0]?.totalCount ?? 0)
        : await this.groups.count(filtered ? { status: In(statuses ?? []) } : {});
    return toPage(
      rows.map((row) => toGroupModel(row, row.memberCount)),
      total,
      page,
    );
  }

  /** Moves a group on; an invalid move names the allowed ones. */
  async changeStatus(input: ChangeGroupStatusInput): Promise<GroupModel> {
    const group = await this.require(input.id);
    const allowed = allowedTransitions(group.status, group.pausedFrom);
    if (!allowed.includes(input.status)) {
      throw new BadUserInputError(
        `En gruppe som er ${GROUP_STATUS_NAMES[group.status]} kan ikke bli ` +
          `${GROUP_STATUS_NAMES[input.status]}. ` +
          (allowed.length
            ? `Mulige neste steg: ${allowed.map((s) => GROUP_STATUS_NAMES[s]).join(', ')}.`
            : 'Den er avsluttet.'),
        [
          {
            field: 'status',
            messages: [
              allowed.length
                ? `Tillatt: ${allowed.map((s) => GROUP_STATUS_NAMES[s]).join(', ')}.`
                : 'Ingen endring er mulig.',
            ],
          },
        ],
      );
    }
    const on = input.on ?? (await this.today());
    const changes: Partial<GroupEntity> = { status: input.status, pausedFrom: null };
    if (input.status === GroupStatus.PAUSED) changes.pausedFrom = group.status;
    if (input.status === GroupStatus.SELF_RUN) changes.selfRunSince = on;
    if (input.status === GroupStatus.ENDED) changes.endedOn = on;
    await this.groups.update({ id: group.id }, changes);
    if (input.status === GroupStatus.ENDED) await this.endMemberships(group.id, on);
    await this.recordEvent(group.id, GroupEventKind.STATUS_CHANGED, on, {
      fromStatus: group.status,
      toStatus: input.status,
    });
    return this.get(group.id);
  }

  /**
   * The members of an ended group have left it that day, so each is free to join another group
   * (the database allows one active group per person) and is no longer counted as in a group.
   */
  private async endMemberships(groupId: string, on: string): Promise<void> {
    const members = this.db.scoped(GroupMemberEntity);
    const active = await members.find({ where: { groupId, leftOn: IsNull() } });
    if (active.length === 0) return;
    await members.update(
      { groupId, leftOn: IsNull() },
      { leftOn: on, leaveReason: 'Gruppen ble avsluttet.' },
    );
    for (const member of active) {
      await this.participants.setStatus(member.participantId, ParticipantStatus.ENDED);
      await this.audit.record('GROUP_MEMBER_LEFT', member.participantId, { groupId });
    }
  }

  /** A self-run group invited its starter back (or the starter came): noted, status unchanged. */
  async starterVisit(
    input: StarterVisitInput,
    kind: GroupEventKind.STARTER_INVITED_BACK | GroupEventKind.STARTER_RETURNED,
  ): Promise<GroupEventModel> {
    const group = await this.require(input.groupId);
    if (group.status !== GroupStatus.SELF_RUN) {
      throw new BadUserInputError(
        'Bare en gruppe som driver seg selv kan invitere igangsetteren tilbake.',
        [
          {
            field: 'groupId',
            messages: [`Gruppen er ${GROUP_STATUS_NAMES[group.status]}, ikke selvgående.`],
          },
        ],
      );
    }
    return this.recordEvent(group.id, kind, input.on ?? (await this.today()), {
      reason: input.reason ?? null,
    });
  }

  async events(groupId: string): Promise<GroupEventModel[]> {
    await this.require(groupId);
    const rows = await this.db
      .scoped(GroupEventEntity)
      .find({ where: { groupId }, order: { occurredOn: 'ASC', createdAt: 'ASC' } });
    return rows.map(toEventModel);
  }

  /** `events` for several groups at once (`GroupLoaders`), in one query. */
  async eventsOf(groupIds: string[]): Promise<(GroupEventModel & { groupId: string })[]> {
    const rows = await this.db.scoped(GroupEventEntity).find({
      where: { groupId: In(groupIds) },
      order: { occurredOn: 'ASC', createdAt: 'ASC' },
    });
    return rows.map((row) => ({ ...toEventModel(row), groupId: row.groupId }));
  }

  async today(): Promise<string> {
    const { timeZone } = await this.centre.current();
    return DateTime.now().setZone(timeZone).toISODate() as string;
  }

  async toModels(groups: GroupEntity[]): Promise<GroupModel[]> {
    if (groups.length === 0) return [];
    // Counted in PostgreSQL (from the active-member index) with the ids as one array: one
    // statement text whatever the page size, and no member rows to send and build entities of.
    const manager = await this.db.manager();
    const rows = await manager.query<{ group_id: string; members: number }[]>(
      `SELECT group_id, count(*)::integer AS members FROM group_members
        WHERE tenant_id = $1 AND group_id = ANY($2::uuid[]) AND left_on IS NULL GROUP BY group_id`,
      [this.context.requireCentreId(), groups.map((g) => g.id)],
    );
    const counts = new Map(rows.map((row) => [row.group_id, row.members]));
    return groups.map((group) => toGroupModel(group, counts.get(group.id) ?? 0));
  }

  private async recordEvent(
    groupId: string,
    kind: GroupEventKind,
    occurredOn: string,
    values: Partial<GroupEventEntity>,
  ): Promise<GroupEventModel> {
    const event = await this.db.scoped(GroupEventEntity).insert({
      groupId,
      kind,
      occurredOn,
      fromStatus: null,
      toStatus: null,
      reason: null,
      recordedBy: this.context.actor?.userId ?? null,
      ...values,
    });
    return toEventModel(event);
  }
}

function toEventModel(event: GroupEventEntity): GroupEventModel {
  return {
    id: event.id,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    occurredOn: event.occurredOn,
    reason: event.reason,
  };
}

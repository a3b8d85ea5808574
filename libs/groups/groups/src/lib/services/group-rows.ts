import type { GroupEntity } from '../entities/group.entities';
import type { GroupModel } from '../models/group.models';
import { allowedTransitions, timeOfDayOf } from './group-rules';

/** What a group shows: its row without the centre and the bookkeeping timestamps. */
export type GroupRow = Omit<GroupEntity, 'tenantId' | 'createdAt' | 'updatedAt'>;

/**
 * The `groups` columns of a GroupRow over the alias `g`, named and typed as the entity's. Lists
 * read these as plain rows with the dates and the time as text: no entities to build, no
 * timestamps to parse into Dates and format back.
 */
export const GROUP_ROW_COLUMNS = `g.id, g.name, g.kind, g.format, g.composition, g.theme, g.weekday,
  g.start_time::text AS "startTime", g.duration_minutes AS "durationMinutes", g.municipality,
  g.room_id AS "roomId", g.meeting_link AS "meetingLink", g.capacity,
  g.age_range_min AS "ageRangeMin", g.age_range_max AS "ageRangeMax",
  g.start_date::text AS "startDate", g.status, g.paused_from AS "pausedFrom",
  g.self_run_since::text AS "selfRunSince", g.ended_on::text AS "endedOn"`;

/** The current members of the group `g` (from the active-member index), as "memberCount". */
export const MEMBER_COUNT_COLUMN = `(SELECT count(*)::integer FROM group_members m
    WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id AND m.left_on IS NULL) AS "memberCount"`;

export function toGroupModel(group: GroupRow, memberCount: number): GroupModel {
  return {
    id: group.id,
    name: group.name,
    kind: group.kind,
    format: group.format,
    composition: group.composition,
    theme: group.theme,
    weekday: group.weekday,
    startTime: group.startTime.slice(0, 5),
    durationMinutes: group.durationMinutes,
    timeOfDay: timeOfDayOf(group.startTime),
    municipality: group.municipality,
    roomId: group.roomId,
    meetingLink: group.meetingLink,
    capacity: group.capacity,
    memberCount,
    ageRangeMin: group.ageRangeMin,
    ageRangeMax: group.ageRangeMax,
    startDate: group.startDate,
    status: group.status,
    allowedTransitions: allowedTransitions(group.status, group.pausedFrom),
    selfRunSince: group.selfRunSince,
    endedOn: group.endedOn,
  };
}

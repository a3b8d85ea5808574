import { Injectable } from '@nestjs/common';

import {
  type CandidateGroup,
  DEFAULT_MATCHING_WEIGHTS,
  type MatchingContext,
  type MatchingWeights,
  NEIGHBOURING_MUNICIPALITIES,
  proposeNewGroups,
  suggestGroupsForPerson,
  suggestPeopleForGroup,
  type WaitingPerson,
} from '@link/groups/matching';
import {
  ParticipantEntity,
  participantNotFound,
  PARTICIPANT_ROW_COLUMNS,
  type ParticipantRow,
  ParticipantStatus,
  toParticipantModel,
  PARTICIPANT_STATUS_NAMES,
} from '@link/groups/intake';
import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import { GroupKind, GroupStatus } from '../groups.enums';
import type {
  GroupProposalModel,
  GroupSuggestionModel,
  ParticipantSuggestionModel,
} from '../models/matching.models';
import { timeOfDayOf } from './group-rules';
import { GroupSettingsService } from './group-settings.service';
import { GROUP_ROW_COLUMNS, type GroupRow, toGroupModel } from './group-rows';
import { GroupsService } from './groups.service';

/** Loads the centre's waiting people and recruiting groups, and asks the pure matching module. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly groups: GroupsService,
    private readonly settings: GroupSettingsService,
    private readonly request: RequestContext,
  ) {}

  async groupsFor(participantId: string, limit: number): Promise<GroupSuggestionModel[]> {
    const person = await this.db.scoped(ParticipantEntity).findOne({ id: participantId });
    if (!person) throw participantNotFound();
    if (person.status !== ParticipantStatus.WAITING) {
      throw new BadUserInputError('Forslag gis for personer som står på venteliste.', [
        {
          field: 'participantId',
          messages: [`Personen har status «${PARTICIPANT_STATUS_NAMES[person.status]}».`],
        },
      ]);
    }
    const { candidates, rows } = await this.recruitingGroups();
    const suggestions = suggestGroupsForPerson(
      toWaitingPerson(person),
      candidates,
      await this.context(),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return suggestions.slice(0, limit).map((s) => {
      const row = byId.get(s.groupId)!;
      return {
        group: toGroupModel(row, row.members.length),
        score: s.score,
        reasons: s.reasons,
      };
    });
  }

  async peopleFor(groupId: string, limit: number): Promise<ParticipantSuggestionModel[]> {
    await this.groups.require(groupId);
    const { candidates } = await this.recruitingGroups([groupId]);
    const group = candidates.find((c) => c.id === groupId);
    if (!group) {
      throw new BadUserInputError('Forslag gis for lukkede grupper som rekrutterer.', [
        { field: 'groupId', messages: ['Gruppen rekrutterer ikke.'] },
      ]);
    }
    const people = await this.waiting();
    const byId = new Map(people.map((p) => [p.id, p]));
    return suggestPeopleForGroup(group, people.map(toWaitingPerson), await this.context())
      .slice(0, limit)
      .map((s) => ({
        participant: toParticipantModel(byId.get(s.participantId)!),
        score: s.score,
        reasons: s.reasons,
      }));
  }

  async proposals(): Promise<GroupProposalModel[]> {
    const people = await this.waiting();
    const byId = new Map(people.map((p) => [p.id, p]));
    const { candidates } = await this.recruitingGroups();
    const { groupMinSize, groupMaxSize } = await this.settings.current();
    return proposeNewGroups(people.map(toWaitingPerson), candidates, await this.context(), {
      minSize: groupMinSize,
      maxSize: groupMaxSize,
    }).map((proposal) => ({
      participants: proposal.participantIds.map((id) => toParticipantModel(byId.get(id)!)),
      ...proposal.shared,
      score: proposal.score,
      reasons: proposal.reasons,
    }));
  }

  private async context(): Promise<MatchingContext> {
    const { matchingWeights } = await this.settings.current();
    return {
      weights: { ...DEFAULT_MATCHING_WEIGHTS, ...numbersOnly(matchingWeights) } as MatchingWeights,
      neighbours: NEIGHBOURING_MUNICIPALITIES,
      currentYear: new Date().getFullYear(),
      today: new Date(),
    };
  }

  /** Everyone waiting, longest waiting first, as plain rows: a big centre has thousands. */
  private async waiting(): Promise<ParticipantRow[]> {
    return (await this.db.manager()).query<ParticipantRow[]>(
      `SELECT ${PARTICIPANT_ROW_COLUMNS} FROM participants p
        WHERE p.tenant_id = $1 AND p.status = $2
        ORDER BY p.waiting_since, p.id`,
      [this.request.requireCentreId(), ParticipantStatus.WAITING],
    );
  }

  /**
   * Closed groups that recruit, each with its current members' birth years and genders, in one
   * statement: the members are grouped once for the centre, not looked up per group (under
   * row-level security a subquery per row re-checks the centre's policy at every row).
   */
  private async recruitingGroups(onlyIds?: string[]) {
    const rows = await (
      await this.db.manager()
    ).query<(GroupRow & { members: Pick<WaitingPerson, 'birthYear' | 'gender'>[] })[]>(
      `WITH members AS (
         SELECT m.group_id,
                json_agg(json_build_object('birthYear', p.birth_year, 'gender', p.gender)) AS members
           FROM group_members m
           JOIN participants p ON p.tenant_id = m.tenant_id AND p.id = m.participant_id
          WHERE m.tenant_id = $1 AND m.left_on IS NULL
          GROUP BY m.group_id)
       SELECT ${GROUP_ROW_COLUMNS}, coalesce(members.members, '[]') AS members
         FROM groups g
         LEFT JOIN members ON members.group_id = g.id
        WHERE g.tenant_id = $1 AND g.kind = $2 AND g.status = $3
          AND ($4::uuid[] IS NULL OR g.id = ANY($4))
        ORDER BY g.name, g.id`,
      [this.request.requireCentreId(), GroupKind.CLOSED, GroupStatus.RECRUITING, onlyIds ?? null],
    );
    const candidates: CandidateGroup[] = rows.map((group) => ({
      id: group.id,
      weekday: group.weekday as CandidateGroup['weekday'],
      timeOfDay: timeOfDayOf(group.startTime),
      format: group.format,
      municipality: group.municipality,
      composition: group.composition,
      theme: group.theme,
      capacity: group.capacity,
      ageRangeMin: group.ageRangeMin,
      ageRangeMax: group.ageRangeMax,
      members: group.members,
    }));
    return { candidates, rows };
  }
}

function toWaitingPerson(row: ParticipantRow): WaitingPerson {
  return {
    id: row.id,
    municipality: row.municipality,
    birthYear: row.birthYear,
    gender: row.gender,
    timesOfDay: row.preferredTimesOfDay,
    weekdays: row.preferredWeekdays,
    format: row.preferredFormat,
    composition: row.preferredComposition,
    theme: row.preferredTheme,
    genderMix: row.genderMixWish,
    ageRangeMin: row.ageRangeMin,
    ageRangeMax: row.ageRangeMax,
    waitingSince: row.waitingSince ?? row.createdAt,
  };
}

function numbersOnly(weights: Record<string, unknown>): Partial<MatchingWeights> {
  const known = Object.keys(DEFAULT_MATCHING_WEIGHTS);
  return Object.fromEntries(
    Object.entries(weights).filter(
      ([key, value]) => known.includes(key) && typeof value === 'number' && Number.isFinite(value),
    ),
  );
}

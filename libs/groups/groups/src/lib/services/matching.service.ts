import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';

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
  ParticipantStatus,
  toParticipantModel,
  PARTICIPANT_STATUS_NAMES,
} from '@link/groups/intake';
import { TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import { GroupEntity, GroupMemberEntity } from '../entities/group.entities';
import { GroupKind, GroupStatus } from '../groups.enums';
import type {
  GroupProposalModel,
  GroupSuggestionModel,
  ParticipantSuggestionModel,
} from '../models/matching.models';
import { timeOfDayOf } from './group-rules';
import { GroupSettingsService } from './group-settings.service';
import { toGroupModel } from './group-rows';
import { GroupsService } from './groups.service';

/** Loads the centre's waiting people and recruiting groups, and asks the pure matching module. */
@Injectable()
export class MatchingService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly groups: GroupsService,
    private readonly settings: GroupSettingsService,
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
    const byId = new Map(rows.map((row) => [row.group.id, row]));
    return suggestions.slice(0, limit).map((s) => {
      const row = byId.get(s.groupId)!;
      return {
        group: toGroupModel(row.group, row.memberCount),
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

  private waiting(): Promise<ParticipantEntity[]> {
    return this.db.scoped(ParticipantEntity).find({
      where: { status: ParticipantStatus.WAITING },
      order: { waitingSince: 'ASC', id: 'ASC' },
    });
  }

  /** Closed groups that recruit, with their members' birth years and genders (one query each). */
  private async recruitingGroups(onlyIds?: string[]) {
    const groups = await this.db.scoped(GroupEntity).find({
      where: {
        kind: GroupKind.CLOSED,
        status: GroupStatus.RECRUITING,
        ...(onlyIds ? { id: In(onlyIds) } : {}),
      },
    });
    const members = groups.length
      ? await this.db
          .scoped(GroupMemberEntity)
          .find({ where: { groupId: In(groups.map((g) => g.id)), leftOn: IsNull() } })
      : [];
    const people = members.length
      ? await this.db
          .scoped(ParticipantEntity)
          .find({ where: { id: In(members.map((m) => m.participantId)) } })
      : [];
    const personById = new Map(people.map((p) => [p.id, p]));
    const rows = groups.map((group) => {
      const theirs = members
        .filter((m) => m.groupId === group.id)
        .map((m) => personById.get(m.participantId)!);
      return { group, memberCount: theirs.length, members: theirs };
    });
    const candidates: CandidateGroup[] = rows.map(({ group, members: theirs }) => ({
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
      members: theirs.map((m) => ({ birthYear: m.birthYear, gender: m.gender })),
    }));
    return { candidates, rows };
  }
}

function toWaitingPerson(row: ParticipantEntity): WaitingPerson {
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

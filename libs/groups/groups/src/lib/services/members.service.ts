import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';

import {
  AuditTrail,
  PARTICIPANT_STATUS_NAMES,
  ParticipantsService,
  ParticipantStatus,
  ageOf,
} from '@link/groups/intake';
import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  rethrowViolation,
} from '@link/shared/errors';

import type { CreateGroupFromProposalInput } from '../dto/group.inputs';
import type { AddMemberInput, LeaveGroupInput } from '../dto/membership.inputs';
import { GroupMemberEntity } from '../entities/group.entities';
import { GROUP_STATUS_NAMES, GroupKind, GroupStatus } from '../groups.enums';
import type {
  AddMemberPayload,
  GroupFromProposalModel,
  GroupMemberModel,
} from '../models/group.models';
import { RECOMMENDED_AGE_SPAN } from './group-rules';
import { GroupsService } from './groups.service';

const OPEN_FOR_MEMBERS = [
  GroupStatus.PLANNED,
  GroupStatus.RECRUITING,
  GroupStatus.STARTING,
  GroupStatus.SELF_RUN,
];

/**
 * Members of closed groups. Capacity holds under concurrent adds: the group row is locked. A
 * person is in one group at a time: the database refuses a second active membership, also when
 * two coordinators add the same person to two groups at the same instant.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly groups: GroupsService,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  private get members() {
    return this.db.scoped(GroupMemberEntity);
  }

  /**
   * Makes a proposal a group: creates the closed group and adds the proposal's people, all in the
   * request's one transaction, so a person who no longer waits (or another centre's id) leaves
   * nothing behind.
   */
  async createFromProposal(input: CreateGroupFromProposalInput): Promise<GroupFromProposalModel> {
    if (input.group.kind !== GroupKind.CLOSED) {
      throw new BadUserInputError('En gruppe fra et forslag er en lukket gruppe.', [
        { field: 'group.kind', messages: ['Velg lukket gruppe.'] },
      ]);
    }
    const group = await this.groups.create(input.group);
    const members: GroupMemberModel[] = [];
    const warnings = new Set<string>();
    for (const participantId of input.participantIds) {
      const added = await this.add({ groupId: group.id, participantId });
      members.push(added.member);
      for (const warning of added.warnings) warnings.add(warning);
    }
    return { group: await this.groups.get(group.id), members, warnings: [...warnings] };
  }

  async add(input: AddMemberInput): Promise<AddMemberPayload> {
    await this.lockGroup(input.groupId);
    const group = await this.groups.require(input.groupId);
    if (group.kind !== GroupKind.CLOSED) {
      throw new BadUserInputError(
        'Åpne grupper har ingen faste medlemmer: registrer oppmøte i stedet.',
        [{ field: 'groupId', messages: ['Gruppen er åpen.'] }],
      );
    }
    if (!OPEN_FOR_MEMBERS.includes(group.status)) {
      throw new BadUserInputError(
        `En gruppe som er ${GROUP_STATUS_NAMES[group.status]} tar ikke inn nye medlemmer.`,
        [{ field: 'groupId', messages: ['Gruppen tar ikke inn medlemmer nå.'] }],
      );
    }
    const participant = await this.participants.require(input.participantId);
    // The same answer whether the other group won a moment ago or long before.
    if (participant.status === ParticipantStatus.IN_GROUP) throw alreadyInAGroup();
    if (participant.status !== ParticipantStatus.WAITING) {
      throw new BadUserInputError('Bare personer som står på venteliste kan legges til.', [
        {
          field: 'participantId',
          messages: [`Personen har status «${PARTICIPANT_STATUS_NAMES[participant.status]}».`],
        },
      ]);
    }
    const current = await this.members.find({ where: { groupId: group.id, leftOn: IsNull() } });
    if (current.length >= group.capacity) {
      throw new ConflictError(`Gruppen er full (${group.capacity} av ${group.capacity}).`);
    }
    const age = ageOf(participant.birthYear);
    if (
      age !== null &&
      ((group.ageRangeMin !== null && age < group.ageRangeMin) ||
        (group.ageRangeMax !== null && age > group.ageRangeMax))
    ) {
      throw new BadUserInputError(
        `Personen (${age} år) passer ikke gruppens alder ${group.ageRangeMin ?? ''}–${group.ageRangeMax ?? ''}.`,
        [{ field: 'participantId', messages: ['Utenfor gruppens aldersspenn.'] }],
      );
    }
    const warnings = await this.ageSpanWarnings(current, age);
    const member = await this.members
      .insert({
        groupId: group.id,
        participantId: participant.id,
        joinedOn: await this.groups.today(),
        leftOn: null,
        leaveReason: null,
      })
      .catch((error: unknown) =>
        rethrowViolation(error, {
          group_members_one_active_group: alreadyInAGroup,
          group_members_active_key: alreadyInAGroup,
        }),
      );
    await this.participants.setStatus(participant.id, ParticipantStatus.IN_GROUP);
    await this.audit.record('GROUP_MEMBER_ADDED', participant.id, { groupId: group.id });
    return { member: toMemberModel(member), warnings };
  }

  async leave(input: LeaveGroupInput): Promise<GroupMemberModel> {
    const member = await this.members.findOne({ id: input.id, leftOn: IsNull() });
    if (!member) throw new NotFoundError('medlemmet');
    const leftOn = await this.groups.today();
    await this.members.update({ id: member.id }, { leftOn, leaveReason: input.reason ?? null });
    await this.participants.setStatus(
      member.participantId,
      input.backToWaitlist ? ParticipantStatus.WAITING : ParticipantStatus.ENDED,
    );
    await this.audit.record('GROUP_MEMBER_LEFT', member.participantId, { groupId: member.groupId });
    return toMemberModel({ ...member, leftOn });
  }

  async of(groupId: string, includeFormer = false): Promise<GroupMemberModel[]> {
    const rows = await this.members.find({
      where: includeFormer ? { groupId } : { groupId, leftOn: IsNull() },
      order: { joinedOn: 'ASC', id: 'ASC' },
    });
    return rows.map(toMemberModel);
  }

  /** `of` for several groups at once (`GroupLoaders`), in one query. */
  async ofGroups(
    groupIds: string[],
    includeFormer = false,
  ): Promise<(GroupMemberModel & { groupId: string })[]> {
    const rows = await this.members.find({
      where: includeFormer
        ? { groupId: In(groupIds) }
        : { groupId: In(groupIds), leftOn: IsNull() },
      order: { joinedOn: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => ({ ...toMemberModel(row), groupId: row.groupId }));
  }

  /**
   * Serialises changes to one group's membership: of two coordinators adding the last free
   * place at the same instant, the second waits here and then sees the group full.
   */
  private async lockGroup(groupId: string): Promise<void> {
    const manager = await this.db.manager();
    await manager.query(`SELECT 1 FROM groups WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
      this.context.requireCentreId(),
      groupId,
    ]);
  }

  /** Selvhjelp Norge recommends ages within 15 years; beyond that we warn but do not block. */
  private async ageSpanWarnings(
    current: GroupMemberEntity[],
    age: number | null,
  ): Promise<string[]> {
    if (age === null) return [];
    const ages = (await Promise.all(current.map((m) => this.participants.require(m.participantId))))
      .map((p) => ageOf(p.birthYear))
      .filter((a): a is number => a !== null);
    const span = Math.max(age, ...ages) - Math.min(age, ...ages);
    return span > RECOMMENDED_AGE_SPAN
      ? [
          `Aldersspennet i gruppen blir ${span} år; Selvhjelp Norge anbefaler høyst ${RECOMMENDED_AGE_SPAN}.`,
        ]
      : [];
  }
}

function alreadyInAGroup(): ConflictError {
  return new ConflictError(
    'Personen er allerede med i en gruppe. Registrer først at personen har sluttet der.',
  );
}

function toMemberModel(row: GroupMemberEntity): GroupMemberModel {
  return {
    id: row.id,
    participantId: row.participantId,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
  };
}

import { Injectable } from '@nestjs/common';

import { RequestLoaders } from '@link/platform/tenancy';

import type {
  FollowUpModel,
  GroupEventModel,
  GroupMemberModel,
  GroupModel,
  GroupStarterModel,
  OpenGroupMeetingModel,
  RoomModel,
  StartupMeetingModel,
} from '../models/group.models';
import { FollowUpsService } from './follow-ups.service';
import { GroupsService } from './groups.service';
import { MembersService } from './members.service';
import { locationWarning, RoomsService } from './rooms.service';
import { StartersService } from './starters.service';

/**
 * What a group's fields resolve, batched over every group of the request (a page of groups, a
 * list of suggestions): one query per relation, whatever the number of groups. The batches run
 * the services' own queries, in the request transaction, under row-level security.
 */
@Injectable()
export class GroupLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly groupService: GroupsService,
    private readonly memberService: MembersService,
    private readonly starterService: StartersService,
    private readonly followUpService: FollowUpsService,
    private readonly roomService: RoomsService,
  ) {}

  members(groupId: string, includeFormer: boolean): Promise<GroupMemberModel[]> {
    return this.loaders
      .many(
        `group-members:${includeFormer}`,
        (ids: string[]) => this.memberService.ofGroups(ids, includeFormer),
        (member) => member.groupId,
      )
      .load(groupId);
  }

  starters(group: GroupModel): Promise<GroupStarterModel[]> {
    return this.loaders
      .get<GroupModel, GroupStarterModel[]>('group-starters', async (groups) => {
        const starters = await this.starterService.ofGroups(groups);
        return groups.map((one) => starters.get(one.id) ?? []);
      })
      .load(group);
  }

  events(groupId: string): Promise<GroupEventModel[]> {
    return this.loaders
      .many(
        'group-events',
        (ids: string[]) => this.groupService.eventsOf(ids),
        (event) => event.groupId,
      )
      .load(groupId);
  }

  followUps(groupId: string): Promise<FollowUpModel[]> {
    return this.loaders
      .many(
        'group-follow-ups',
        (ids: string[]) => this.followUpService.ofGroups(ids),
        (followUp) => followUp.groupId,
      )
      .load(groupId);
  }

  openMeetings(groupId: string): Promise<OpenGroupMeetingModel[]> {
    return this.loaders
      .many(
        'group-open-meetings',
        (ids: string[]) => this.followUpService.openMeetingsOf(ids),
        (meeting) => meeting.groupId,
      )
      .load(groupId);
  }

  startupMeetings(groupId: string): Promise<StartupMeetingModel[]> {
    return this.loaders
      .many(
        'group-startup-meetings',
        (ids: string[]) => this.followUpService.startupMeetingsOf(ids),
        (meeting) => meeting.groupId,
      )
      .load(groupId);
  }

  /** The same as `RoomsService.warningFor`, from the rooms loaded with the groups' `room`. */
  async roomWarning(group: GroupModel): Promise<string | null> {
    if (!group.roomId) return null;
    const room = await this.room(group.roomId);
    return room ? locationWarning(room.municipality, group.municipality) : null;
  }

  room(roomId: string): Promise<RoomModel | null> {
    return this.loaders
      .get<string, RoomModel | null>('rooms', async (ids) => {
        const rooms = new Map(
          (await this.roomService.byIds([...new Set(ids)])).map((room) => [room.id, room]),
        );
        return ids.map((id) => rooms.get(id) ?? null);
      })
      .load(roomId);
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { IntakeModule } from '@link/groups/intake';
import { AuthModule } from '@link/platform/auth';

import {
  FollowUpEntity,
  GroupEntity,
  GroupEventEntity,
  GroupMemberEntity,
  GroupStarterEntity,
  OpenGroupMeetingEntity,
  StartupMeetingEntity,
} from './entities/group.entities';
import { RoomAvailabilityEntity, RoomBookingEntity, RoomEntity } from './entities/room.entities';
import { GroupMemberResolver, GroupsResolver } from './resolvers/groups.resolver';
import { GroupSettingsResolver, MatchingResolver } from './resolvers/matching.resolver';
import { PublicFinderResolver } from './resolvers/public-finder.resolver';
import { RoomsResolver } from './resolvers/rooms.resolver';
import { StaffingResolver } from './resolvers/staffing.resolver';
import { FollowUpsService } from './services/follow-ups.service';
import { GroupLoaders } from './services/group-loaders';
import { GroupSettingsService } from './services/group-settings.service';
import { GroupsService } from './services/groups.service';
import { MatchingService } from './services/matching.service';
import { MembersService } from './services/members.service';
import { MyGroupsService } from './services/my-groups.service';
import { PublicFinderService } from './services/public-finder.service';
import { RoomsService } from './services/rooms.service';
import { StaffingFacts } from './services/staffing-facts';
import { StarterDirectoryService } from './services/starter-directory.service';
import { StartersService } from './services/starters.service';

/** Groups, starters, members, open-group counts, follow-up, rooms and the public finder. */
@Module({
  imports: [
    AuthModule,
    IntakeModule,
    TypeOrmModule.forFeature([
      GroupEntity,
      GroupEventEntity,
      GroupStarterEntity,
      GroupMemberEntity,
      OpenGroupMeetingEntity,
      FollowUpEntity,
      StartupMeetingEntity,
      RoomEntity,
      RoomAvailabilityEntity,
      RoomBookingEntity,
    ]),
  ],
  providers: [
    FollowUpsService,
    GroupLoaders,
    GroupSettingsService,
    GroupsService,
    MatchingService,
    MembersService,
    MyGroupsService,
    PublicFinderService,
    RoomsService,
    StaffingFacts,
    StarterDirectoryService,
    StartersService,
    GroupMemberResolver,
    GroupSettingsResolver,
    GroupsResolver,
    MatchingResolver,
    PublicFinderResolver,
    RoomsResolver,
    StaffingResolver,
  ],
})
export class GroupsModule {}

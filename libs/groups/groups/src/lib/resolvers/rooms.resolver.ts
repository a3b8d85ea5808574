import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';
import { IsCalendarDate, PageArgs } from '@link/shared/graphql';

import { BookRoomInput, CreateRoomInput } from '../dto/room.inputs';
import { FreeRoomModel, RoomBookingPage, RoomModel } from '../models/group.models';
import { RoomsService } from '../services/rooms.service';

@ArgsType()
class FreeRoomsArgs {
  @Field(() => ID, { description: 'The group whose weekday and time the room must be free at.' })
  @IsUUID('all', { message: 'groupId må være en gyldig id.' })
  groupId: string;

  @Field({
    nullable: true,
    description: "Free from this day on (YYYY-MM-DD); the group's start or today by default.",
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;
}

@ArgsType()
class RoomBookingsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'roomId må være en gyldig id.' })
  roomId: string;
}

@Resolver(() => RoomModel)
@Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
export class RoomsResolver {
  constructor(private readonly service: RoomsService) {}

  @Query(() => [RoomModel], { description: "The centre's meeting rooms, by name." })
  rooms(): Promise<RoomModel[]> {
    return this.service.list();
  }

  @Query(() => RoomBookingPage, {
    description: "A room's bookings, the latest first day first.",
  })
  roomBookings(@Args() args: RoomBookingsArgs) {
    return this.service.bookings(args.roomId, args);
  }

  @Query(() => [FreeRoomModel], {
    description:
      "Rooms free at a group's weekday and time, big enough for it: its own municipality first, " +
      'then neighbouring ones, then the rest (with a warning).',
  })
  freeRooms(@Args() { groupId, from }: FreeRoomsArgs): Promise<FreeRoomModel[]> {
    return this.service.freeFor(groupId, from);
  }

  @Mutation(() => RoomModel)
  createRoom(@Args('input') input: CreateRoomInput): Promise<RoomModel> {
    return this.service.create(input);
  }

  @Mutation(() => RoomModel, {
    description:
      "Book a room for a group's weekly meeting from validFrom until validTo. Refused when too small, unavailable or already booked, when the group already has a room on those days, or when validTo is not after validFrom.",
  })
  bookRoom(@Args('input') input: BookRoomInput): Promise<RoomModel> {
    return this.service.book(input);
  }
}

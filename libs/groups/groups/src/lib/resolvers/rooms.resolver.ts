import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';

import { BookRoomInput, CreateRoomInput } from '../dto/room.inputs';
import { RoomModel } from '../models/group.models';
import { RoomsService } from '../services/rooms.service';

@Resolver(() => RoomModel)
@Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
export class RoomsResolver {
  constructor(private readonly service: RoomsService) {}

  @Query(() => [RoomModel], { description: "The centre's meeting rooms, by name." })
  rooms(): Promise<RoomModel[]> {
    return this.service.list();
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

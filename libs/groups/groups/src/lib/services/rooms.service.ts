import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In } from 'typeorm';

import { CentreFacts, weekdayName } from '@link/groups/intake';
import { areNeighbours, NEIGHBOURING_MUNICIPALITIES } from '@link/groups/matching';
import { TenantDatabase } from '@link/platform/tenancy';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  rethrowViolation,
} from '@link/shared/errors';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { BookRoomInput, CreateRoomInput } from '../dto/room.inputs';
import { GroupEntity } from '../entities/group.entities';
import { RoomAvailabilityEntity, RoomBookingEntity, RoomEntity } from '../entities/room.entities';
import { GroupFormat } from '../groups.enums';
import type { FreeRoomModel, RoomBookingModel, RoomModel } from '../models/group.models';
import { minutesOf, weeklySlot } from './group-rules';
import { GroupsService } from './groups.service';

/**
 * Rooms, their weekly availability, and bookings. The database refuses a booking that overlaps
 * another in the same room, a second booking for a group on the same days, and an empty period
 * (which would overlap nothing) — also when two coordinators book at the same instant.
 */
@Injectable()
export class RoomsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly groups: GroupsService,
    private readonly centre: CentreFacts,
  ) {}

  async create(input: CreateRoomInput): Promise<RoomModel> {
    const municipality = await this.centre.municipality(input.municipality);
    const { availability, ...values } = input;
    const room = await this.db
      .scoped(RoomEntity)
      .insert({ ...values, municipality, partnerId: input.partnerId ?? null });
    for (const window of availability) {
      if (minutesOf(window.endsAt) <= minutesOf(window.startsAt)) {
        throw new BadUserInputError('Et tidsrom må slutte etter at det begynner.', [
          {
            field: 'availability',
            messages: [
              `${weekdayName(window.weekday)} ${window.startsAt}–${window.endsAt} er snudd.`,
            ],
          },
        ]);
      }
      await this.db.scoped(RoomAvailabilityEntity).insert({ roomId: room.id, ...window });
    }
    return (await this.toModels([room]))[0];
  }

  async list(): Promise<RoomModel[]> {
    return this.toModels(await this.db.scoped(RoomEntity).find({ order: { name: 'ASC' } }));
  }

  /**
   * Books the room for the group's weekly meeting from `validFrom`. Refuses a room that is too
   * small or not available then; a clash with another booking is refused by the database.
   */
  async book(input: BookRoomInput): Promise<RoomModel> {
    const group = await this.groups.require(input.groupId);
    const room = await this.db.scoped(RoomEntity).findOne({ id: input.roomId });
    if (!room) throw new NotFoundError('rommet');
    if (group.format !== GroupFormat.PHYSICAL) {
      throw new BadUserInputError('En digital gruppe trenger ikke rom.', [
        { field: 'groupId', messages: ['Gruppen er digital.'] },
      ]);
    }
    // Members plus a starter.
    if (room.capacity < group.capacity + 1) {
      throw new BadUserInputError(
        `Rommet har plass til ${room.capacity}, gruppen trenger ${group.capacity + 1}.`,
        [{ field: 'roomId', messages: ['Rommet er for lite.'] }],
      );
    }
    const start = minutesOf(group.startTime);
    const end = start + group.durationMinutes;
    const windows = await this.db
      .scoped(RoomAvailabilityEntity)
      .find({ where: { roomId: room.id, weekday: group.weekday } });
    if (!windows.some((w) => minutesOf(w.startsAt) <= start && minutesOf(w.endsAt) >= end)) {
      throw new BadUserInputError('Rommet er ikke tilgjengelig når gruppen møtes.', [
        {
          field: 'roomId',
          messages: [
            `Ikke ledig ${weekdayName(group.weekday)} ${group.startTime.slice(0, 5)} i ${group.durationMinutes} minutter.`,
          ],
        },
      ]);
    }
    const [slotStart, slotEnd] = weeklySlot(group.weekday, group.startTime, group.durationMinutes);
    const from = calendarDay(input.validFrom ?? group.startDate);
    const to = input.validTo === undefined ? null : calendarDay(input.validTo);
    if (to !== null && to <= from) throw emptyPeriod(from);
    await this.db
      .scoped(RoomBookingEntity)
      .insert({
        roomId: room.id,
        groupId: group.id,
        weeklySlot: `[${slotStart},${slotEnd})`,
        validDuring: `[${from},${to ?? 'infinity'})`,
      })
      .catch((error: unknown) =>
        rethrowViolation(error, {
          room_bookings_no_overlap: () =>
            new ConflictError('Rommet er allerede booket på det tidspunktet.'),
          room_bookings_one_per_group: () =>
            new ConflictError('Gruppen har allerede et rom i den perioden.'),
          room_bookings_not_empty: () => emptyPeriod(from),
        }),
      );
    await this.db.scoped(GroupEntity).update({ id: group.id }, { roomId: room.id });
    return (await this.toModels([room]))[0];
  }

  /**
   * The room's bookings, with their group's day and time: one query for the page and one for the
   * count, whatever the number of bookings. Another centre's room is NOT_FOUND.
   */
  async bookings(roomId: string, page: PageArgs): Promise<Page<RoomBookingModel>> {
    const room = await this.db.scoped(RoomEntity).findOne({ id: roomId });
    if (!room) throw new NotFoundError('rommet');
    const manager = await this.db.manager();
    const rows = await manager.query<BookingRow[]>(
      `SELECT b.id, b.group_id, g.name AS group_name, g.weekday,
              to_char(g.start_time, 'HH24:MI') AS starts_at,
              to_char(g.start_time + make_interval(mins => g.duration_minutes), 'HH24:MI') AS ends_at,
              lower(b.valid_during)::text AS valid_from,
              CASE WHEN upper_inf(b.valid_during) OR upper(b.valid_during) = 'infinity' THEN NULL ELSE upper(b.valid_during)::text END
                AS valid_to
         FROM room_bookings b
         JOIN groups g ON g.tenant_id = b.tenant_id AND g.id = b.group_id
        WHERE b.tenant_id = $1 AND b.room_id = $2
        ORDER BY lower(b.valid_during) DESC, b.id
        LIMIT $3 OFFSET $4`,
      [room.tenantId, room.id, page.limit, page.offset],
    );
    const total = await this.db.scoped(RoomBookingEntity).count({ roomId: room.id });
    return toPage(
      rows.map((row) => ({
        id: row.id,
        roomId: room.id,
        groupId: row.group_id,
        groupName: row.group_name,
        weekday: row.weekday,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        validFrom: row.valid_from,
        validTo: row.valid_to,
      })),
      total,
      page,
    );
  }

  /**
   * Rooms free at the group's weekday and time from `from` (the group's start, or today if
   * later) on: available then, big enough for the members and a starter, and not booked by
   * another group. The group's own municipality first, then its neighbours, then the rest.
   */
  async freeFor(groupId: string, from?: string): Promise<FreeRoomModel[]> {
    const group = await this.groups.require(groupId);
    const start = minutesOf(group.startTime);
    const end = start + group.durationMinutes;
    const [slotStart, slotEnd] = weeklySlot(group.weekday, group.startTime, group.durationMinutes);
    const today = await this.groups.today();
    const since = from ?? (group.startDate > today ? group.startDate : today);
    const rooms = await this.db.scoped(RoomEntity).find({ order: { name: 'ASC' } });
    const windows = await this.db
      .scoped(RoomAvailabilityEntity)
      .find({ where: { weekday: group.weekday } });
    const manager = await this.db.manager();
    const booked = await manager.query<{ room_id: string }[]>(
      `SELECT DISTINCT room_id FROM room_bookings
        WHERE tenant_id = $1 AND group_id <> $2
          AND weekly_slot && int4range($3, $4) AND valid_during && daterange($5::date, NULL)`,
      [group.tenantId, group.id, slotStart, slotEnd, since],
    );
    const taken = new Set(booked.map((row) => row.room_id));
    const free = rooms.filter(
      (room) =>
        !taken.has(room.id) &&
        room.capacity >= group.capacity + 1 &&
        windows.some(
          (w) =>
            w.roomId === room.id && minutesOf(w.startsAt) <= start && minutesOf(w.endsAt) >= end,
        ),
    );
    const models = new Map((await this.toModels(free)).map((m) => [m.id, m]));
    const rank = (room: RoomEntity) =>
      room.municipality === group.municipality
        ? 0
        : group.municipality &&
            areNeighbours(NEIGHBOURING_MUNICIPALITIES, room.municipality, group.municipality)
          ? 1
          : 2;
    return free
      .sort((a, b) => rank(a) - rank(b))
      .map((room) => ({
        room: models.get(room.id)!,
        sameMunicipality: rank(room) === 0,
        neighbouring: rank(room) === 1,
        warning: locationWarning(room.municipality, group.municipality),
      }));
  }

  /** The warning for the group's booked room, if it lies outside the group's municipality. */
  async warningFor(group: {
    roomId: string | null;
    municipality: string | null;
  }): Promise<string | null> {
    if (!group.roomId) return null;
    const room = await this.db.scoped(RoomEntity).findOne({ id: group.roomId });
    return room ? locationWarning(room.municipality, group.municipality) : null;
  }

  async get(id: string): Promise<RoomModel | null> {
    const room = await this.db.scoped(RoomEntity).findOne({ id });
    return room ? (await this.toModels([room]))[0] : null;
  }

  /** `get` for several rooms at once (`GroupLoaders`): one query for the rooms, one for their times. */
  async byIds(ids: string[]): Promise<RoomModel[]> {
    return this.toModels(await this.db.scoped(RoomEntity).find({ where: { id: In(ids) } }));
  }

  private async toModels(rooms: RoomEntity[]): Promise<RoomModel[]> {
    if (rooms.length === 0) return [];
    const windows = await this.db
      .scoped(RoomAvailabilityEntity)
      .find({ where: { roomId: In(rooms.map((r) => r.id)) } });
    return rooms.map((room) => ({
      id: room.id,
      name: room.name,
      address: room.address,
      municipality: room.municipality,
      capacity: room.capacity,
      stepFree: room.stepFree,
      partnerId: room.partnerId,
      freeOfCharge: room.freeOfCharge,
      availability: windows
        .filter((w) => w.roomId === room.id)
        .map((w) => ({
          weekday: w.weekday,
          startsAt: w.startsAt.slice(0, 5),
          endsAt: w.endsAt.slice(0, 5),
        })),
    }));
  }
}

interface BookingRow {
  id: string;
  group_id: string;
  group_name: string;
  weekday: string;
  starts_at: string;
  ends_at: string;
  valid_from: string;
  valid_to: string | null;
}

/** The date an ISO 8601 value names, as "YYYY-MM-DD", so that dates compare as strings. */
function calendarDay(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).toISODate() as string;
}

/** validTo is the first day without the booking, so it must come after the first day with it. */
function emptyPeriod(from: string): BadUserInputError {
  return new BadUserInputError('Bookingen må slutte etter at den begynner.', [
    { field: 'validTo', messages: [`Må være etter ${from} (siste dag er dagen før).`] },
  ]);
}

/**
 * Participants are gathered near where they live: a room in a neighbouring municipality is a
 * note, one beyond the neighbours a warning (an Askøy group in a room in Bjørnafjorden).
 */
export function locationWarning(
  roomMunicipality: string,
  groupMunicipality: string | null,
): string | null {
  if (!groupMunicipality || roomMunicipality === groupMunicipality) return null;
  return areNeighbours(NEIGHBOURING_MUNICIPALITIES, roomMunicipality, groupMunicipality)
    ? `Rommet ligger i ${roomMunicipality}, nabokommunen til gruppens ${groupMunicipality}.`
    : `Rommet ligger i ${roomMunicipality}, som ikke grenser til gruppens kommune ` +
        `${groupMunicipality}: reisen kan bli lang for deltakerne.`;
}

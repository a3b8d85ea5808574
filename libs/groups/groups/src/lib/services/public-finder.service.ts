import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { CentreEntity, RequestTransaction, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import { GroupEntity } from '../entities/group.entities';
import { RoomEntity } from '../entities/room.entities';
import { GroupFormat, GroupKind, GroupStatus } from '../groups.enums';
import type { PublicGroupModel } from '../models/group.models';
import { timeOfDayOf, WEEKDAY_ORDER } from './group-rules';

const RUNNING = [GroupStatus.RECRUITING, GroupStatus.STARTING, GroupStatus.SELF_RUN];

/**
 * What anyone may see: open groups that meet, and closed groups that recruit. Never a name, a
 * member, a meeting link, or where a closed group meets beyond its municipality.
 */
@Injectable()
export class PublicFinderService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
  ) {}

  async find(centreSlug: string): Promise<PublicGroupModel[]> {
    const centre = await (
      await this.db.platform(CentreEntity)
    ).findOneBy({ slug: centreSlug, kind: 'CENTRE' });
    if (!centre)
      throw new BadUserInputError('Ukjent senter.', [
        { field: 'centre', messages: ['Ukjent senter.'] },
      ]);
    await this.transaction.actAs({
      userId: null,
      sessionId: null,
      centreId: centre.id,
      centreRole: null,
      platformRole: null,
    });
    const groups = await this.db.scoped(GroupEntity).find({
      where: [
        { kind: GroupKind.OPEN, status: In(RUNNING) },
        { kind: GroupKind.CLOSED, status: GroupStatus.RECRUITING },
      ],
    });
    const roomIds = groups
      .filter((g) => g.kind === GroupKind.OPEN && g.roomId)
      .map((g) => g.roomId as string);
    const rooms = roomIds.length
      ? await this.db.scoped(RoomEntity).find({ where: { id: In(roomIds) } })
      : [];
    const address = new Map(rooms.map((room) => [room.id, room.address]));
    return groups
      .map((group) => {
        const open = group.kind === GroupKind.OPEN;
        return {
          kind: group.kind,
          format: group.format,
          composition: group.composition,
          theme: group.theme,
          weekday: group.weekday,
          timeOfDay: timeOfDayOf(group.startTime),
          municipality: group.municipality,
          startTime: open ? group.startTime.slice(0, 5) : null,
          address:
            open && group.format === GroupFormat.PHYSICAL && group.roomId
              ? (address.get(group.roomId) ?? null)
              : null,
          recruiting: group.status === GroupStatus.RECRUITING,
        };
      })
      .sort(
        (a, b) =>
          WEEKDAY_ORDER.indexOf(a.weekday) - WEEKDAY_ORDER.indexOf(b.weekday) ||
          a.timeOfDay.localeCompare(b.timeOfDay) ||
          (a.municipality ?? '').localeCompare(b.municipality ?? ''),
      );
  }
}

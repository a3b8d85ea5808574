import { Column, CreateDateColumn, Entity } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

@Entity('rooms')
export class RoomEntity extends CentreOwnedEntity {
  @Column('text') name: string;
  @Column('text') address: string;
  @Column('text') municipality: string;
  @Column('int') capacity: number;
  @Column('boolean') stepFree: boolean;
  @Column('uuid', { nullable: true }) partnerId: string | null;
  @Column('boolean') freeOfCharge: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('room_availability')
export class RoomAvailabilityEntity extends CentreOwnedEntity {
  @Column('uuid') roomId: string;
  @Column('text') weekday: string;
  @Column('time') startsAt: string;
  @Column('time') endsAt: string;
}

@Entity('room_bookings')
export class RoomBookingEntity extends CentreOwnedEntity {
  @Column('uuid') roomId: string;
  @Column('uuid') groupId: string;
  /** `[start,end)` in minutes of the week (Monday 00:00 = 0). */
  @Column('int4range') weeklySlot: string;
  @Column('daterange') validDuring: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

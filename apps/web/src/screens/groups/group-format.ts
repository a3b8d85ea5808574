import type { GroupStatus } from '../../gql/graphql';
import { texts } from '../../texts';

/** The statuses in the order a group lives through them (the board's sections). */
export const STATUS_ORDER: GroupStatus[] = [
  'PLANNED',
  'RECRUITING',
  'STARTING',
  'SELF_RUN',
  'PAUSED',
  'ENDED',
];

export function statusName(status: GroupStatus): string {
  return texts.enums.groupStatus[status];
}

/** "Tirsdag kl. 18:00" (the API gives "HH:MM", or "HH:MM:SS" from older rows). */
export function weeklyTime(group: {
  weekday: keyof typeof texts.enums.weekday;
  startTime: string;
}) {
  return texts.groups.weeklyAt(texts.enums.weekday[group.weekday], group.startTime.slice(0, 5));
}

/** Tag colours: what needs the coordinator's hand stands out. */
export function statusColor(status: GroupStatus): 'info' | 'warning' | 'success' | 'neutral' {
  switch (status) {
    case 'PLANNED':
    case 'RECRUITING':
      return 'info';
    case 'STARTING':
      return 'warning';
    case 'SELF_RUN':
      return 'success';
    default:
      return 'neutral';
  }
}

/** Today in Oslo as "YYYY-MM-DD", for date fields. */
export function todayInOslo(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(now);
}

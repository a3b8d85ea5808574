import { formatDateTime, texts } from '../../texts';

const t = texts.courses;

/** The Oslo offset at a moment, in minutes ("GMT+02:00" → 120). */
function osloOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Oslo',
    timeZoneName: 'longOffset',
  })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A date and a clock time as the centre means them (Europe/Oslo), as an instant: whatever time
 * zone the computer is set to, 18:00 is 18:00 in Norway.
 */
export function osloInstant(date: string, time: string): string {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const offset = osloOffsetMinutes(asUtc);
  return new Date(asUtc.getTime() - offset * 60_000).toISOString();
}

export interface SessionLike {
  startsAt: string;
  mandatory: boolean;
  digital: boolean;
  place?: string | null;
  durationMinutes: number;
}

export function sessionLabel(session: SessionLike): string {
  const where = session.digital ? t.digitalPlace : (session.place ?? '');
  const parts = [t.sessionWhen(formatDateTime(session.startsAt), session.durationMinutes), where];
  if (!session.mandatory) parts.push(t.sessionOptional);
  return parts.filter(Boolean).join(' · ');
}

/** The next session still to come, or none when all are held. */
export function nextSession<S extends { startsAt: string }>(
  sessions: readonly S[],
  now = Date.now(),
): S | undefined {
  return sessions.find((s) => new Date(s.startsAt).getTime() > now);
}

export function hasBegun(session: { startsAt: string }, now = Date.now()): boolean {
  return new Date(session.startsAt).getTime() <= now;
}

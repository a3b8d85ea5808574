import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';

import { GroupStatus } from '../groups.enums';
import type {
  StarterDirectoryEntryModel,
  StarterQualificationStatusModel,
  WeeklyTimeModel,
} from '../models/staffing.models';
import { overlaps, weeklySlot } from './group-rules';
import { GroupSettingsService } from './group-settings.service';
import { GroupsService } from './groups.service';
import { StaffingFacts } from './staffing-facts';

const slotOf = (t: WeeklyTimeModel) => weeklySlot(t.weekday, t.startTime, t.durationMinutes);

/**
 * The starter directory: the centre's starters and volunteers, with what a coordinator needs to
 * staff a group herself (issue 13, item 3). Membership ids are what assignStarter, registerVolunteer
 * and enrolInCourse take, so a coordinator no longer needs an admin's staff list.
 */
@Injectable()
export class StarterDirectoryService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly groups: GroupsService,
    private readonly settings: GroupSettingsService,
    private readonly facts: StaffingFacts,
  ) {}

  async list(forGroupId?: string): Promise<StarterDirectoryEntryModel[]> {
    const target = forGroupId ? await this.groups.require(forGroupId) : null;
    const centreId = this.context.requireCentreId();
    const manager = await this.db.manager();
    const people = await manager.query<
      {
        id: string;
        user_id: string;
        role: string;
        display_name: string;
        volunteer_id: string | null;
      }[]
    >(
      `SELECT m.id, m.user_id, m.role, u.display_name, vp.id AS volunteer_id
         FROM memberships m JOIN users u ON u.id = m.user_id
         LEFT JOIN volunteer_profiles vp ON vp.tenant_id = m.tenant_id AND vp.user_id = m.user_id
        WHERE m.tenant_id = $1 AND m.deactivated_at IS NULL
          AND (m.role = 'STARTER' OR vp.id IS NOT NULL)
        ORDER BY u.display_name, m.id`,
      [centreId],
    );
    if (people.length === 0) return [];
    const ids = people.map((p) => p.id);
    const groups = await manager.query<
      {
        membership_id: string;
        id: string;
        name: string;
        status: string;
        weekday: string;
        start_time: string;
        duration_minutes: number;
      }[]
    >(
      `SELECT s.membership_id, g.id, g.name, g.status, g.weekday, g.start_time::text, g.duration_minutes
         FROM group_starters s JOIN groups g ON g.tenant_id = s.tenant_id AND g.id = s.group_id
        WHERE s.tenant_id = $1 AND s.membership_id = ANY ($2) AND s.released_at IS NULL
          AND g.status <> $3
        ORDER BY g.weekday, g.start_time, g.name`,
      [centreId, ids, GroupStatus.ENDED],
    );
    const qualifications = await manager.query<
      { user_id: string; granted_on: string; expires_on: string | null }[]
    >(
      `SELECT user_id, to_char(granted_on, 'YYYY-MM-DD') AS granted_on,
              to_char(expires_on, 'YYYY-MM-DD') AS expires_on
         FROM starter_qualifications WHERE user_id = ANY ($1)`,
      [people.map((p) => p.user_id)],
    );
    const clearances = await this.facts.clearances(ids);
    const busy = await this.facts.busyElsewhere(ids);
    const { requireVolunteerClearance } = await this.settings.current();
    const today = await this.groups.today();
    const soon = DateTime.fromISO(today).plus({ days: 30 }).toISODate() as string;
    const targetSlot = target
      ? weeklySlot(target.weekday, target.startTime, target.durationMinutes)
      : null;

    return people.map((person) => {
      const clearance = clearances.get(person.id);
      const volunteer = Boolean(clearance && clearance.volunteerStatus !== null);
      const qualification = best(
        qualifications.filter((q) => q.user_id === person.user_id),
        today,
      );
      const current = groups
        .filter((g) => g.membership_id === person.id)
        .map((g) => ({
          id: g.id,
          name: g.name,
          status: g.status,
          time: {
            weekday: g.weekday,
            startTime: g.start_time.slice(0, 5),
            durationMinutes: g.duration_minutes,
          },
        }));
      const elsewhere = busy.get(person.id) ?? [];
      const police = clearance?.policeCertificateValidUntil ?? null;
      const signed = clearance?.confidentialitySignedOn ?? null;

      const warnings: string[] = [];
      if (!qualification?.valid) warnings.push('QUALIFICATION_MISSING');
      else if (qualification.expiresOn !== null && qualification.expiresOn <= soon)
        warnings.push('QUALIFICATION_EXPIRES');
      if (volunteer) {
        if (!police) warnings.push('POLICE_CERTIFICATE_MISSING');
        else if (police <= soon) warnings.push('POLICE_CERTIFICATE_EXPIRES');
        if (!signed) warnings.push('CONFIDENTIALITY_MISSING');
      }
      if (targetSlot) {
        if (current.some((g) => g.id !== target?.id && overlaps(targetSlot, slotOf(g.time))))
          warnings.push('CLASH_HERE');
        if (elsewhere.some((t) => overlaps(targetSlot, slotOf(t))))
          warnings.push('BUSY_ELSEWHERE_AT_THAT_TIME');
      }
      const clearedAsVolunteer =
        !volunteer ||
        !requireVolunteerClearance ||
        (police !== null && police >= today && !!signed);
      return {
        staffMemberId: person.id,
        displayName: person.display_name,
        role: person.role,
        volunteer,
        volunteerId: person.volunteer_id,
        volunteerStatus: clearance?.volunteerStatus ?? null,
        qualification,
        policeCertificateValidUntil: police,
        confidentialitySignedOn: signed,
        availableWeekdays: clearance?.availableWeekdays ?? [],
        availableTimesOfDay: clearance?.availableTimesOfDay ?? [],
        currentGroups: current,
        busyElsewhere: elsewhere,
        cleared: person.role === 'STARTER' && Boolean(qualification?.valid) && clearedAsVolunteer,
        warnings,
      };
    });
  }
}

/** The qualification that lasts longest among the valid ones; else the one that expired last. */
function best(
  rows: { granted_on: string; expires_on: string | null }[],
  today: string,
): StarterQualificationStatusModel | null {
  const models = rows.map((r) => ({
    grantedOn: r.granted_on,
    expiresOn: r.expires_on,
    valid: r.granted_on <= today && (r.expires_on === null || r.expires_on > today),
  }));
  const until = (q: StarterQualificationStatusModel) => q.expiresOn ?? '9999-12-31';
  const valid = models.filter((q) => q.valid).sort((a, b) => until(b).localeCompare(until(a)));
  if (valid.length) return valid[0];
  return models.sort((a, b) => until(b).localeCompare(until(a)))[0] ?? null;
}

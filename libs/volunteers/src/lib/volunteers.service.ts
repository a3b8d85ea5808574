import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, IsNull } from 'typeorm';

import { MembershipEntity, UserEntity } from '@link/platform/auth';
import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, NotFoundError } from '@link/shared/errors';

import {
  PoliceCertificateCheckEntity,
  VolunteerHoursEntity,
  VolunteerProfileEntity,
} from './volunteer.entities';
import type {
  MyVolunteerHoursInput,
  PoliceCertificateInput,
  RegisterVolunteerInput,
  UpdateVolunteerInput,
  VolunteerDetailsInput,
  VolunteerHoursInput,
} from './volunteer.inputs';
import type {
  MyVolunteerWorkModel,
  PoliceCertificateCheckModel,
  VolunteerAssignmentModel,
  VolunteerModel,
  VolunteerWarningModel,
} from './volunteer.models';

const volunteerNotFound = () => new NotFoundError('den frivillige');

/** Volunteers' work for the active centre. Another centre's part is behind the wall. */
@Injectable()
export class VolunteersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  private get profiles() {
    return this.db.scoped(VolunteerProfileEntity);
  }

  async register(input: RegisterVolunteerInput): Promise<VolunteerModel> {
    const membership = await this.db
      .scoped(MembershipEntity)
      .findOne({ id: input.staffMemberId, deactivatedAt: IsNull() });
    if (!membership) throw new NotFoundError('den ansatte');
    if (await this.profiles.findOne({ userId: membership.userId }))
      throw new ConflictError('Personen er allerede frivillig her.');
    const profile = await this.profiles.insert({
      userId: membership.userId,
      status: 'ACTIVE',
      confidentialitySignedOn: null,
      ...details(input, {
        skills: [],
        languages: [],
        municipalities: [],
        availableTimesOfDay: [],
        availableWeekdays: [],
      }),
    });
    return this.get(profile.id);
  }

  async update(input: UpdateVolunteerInput): Promise<VolunteerModel> {
    const profile = await this.require(input.id);
    await this.profiles.update(
      { id: profile.id },
      {
        ...details(input, profile),
        status: input.status ?? profile.status,
        confidentialitySignedOn: input.confidentialitySignedOn ?? profile.confidentialitySignedOn,
      },
    );
    return this.get(profile.id);
  }

  async list(status?: string): Promise<VolunteerModel[]> {
    const rows = await this.profiles.find({
      where: status ? { status: status as VolunteerProfileEntity['status'] } : {},
    });
    return this.toModels(rows);
  }

  async get(id: string): Promise<VolunteerModel> {
    return (await this.toModels([await this.require(id)]))[0];
  }

  async recordPoliceCertificate(
    input: PoliceCertificateInput,
  ): Promise<PoliceCertificateCheckModel> {
    await this.require(input.volunteerId);
    const check = await this.db.scoped(PoliceCertificateCheckEntity).insert({
      profileId: input.volunteerId,
      kind: input.kind,
      task: input.task,
      shownOn: input.shownOn,
      validUntil: DateTime.fromISO(input.shownOn)
        .plus({ months: input.validMonths })
        .toISODate() as string,
      checkedBy: this.context.requireSignedIn().userId,
    });
    return toCheck(check);
  }

  async policeCertificates(profileId: string): Promise<PoliceCertificateCheckModel[]> {
    const rows = await this.db
      .scoped(PoliceCertificateCheckEntity)
      .find({ where: { profileId }, order: { shownOn: 'DESC' } });
    return rows.map(toCheck);
  }

  /** `policeCertificates` for several volunteers at once (the resolver's loader), in one query. */
  async policeCertificatesOf(
    profileIds: string[],
  ): Promise<(PoliceCertificateCheckModel & { profileId: string })[]> {
    const rows = await this.db
      .scoped(PoliceCertificateCheckEntity)
      .find({ where: { profileId: In(profileIds) }, order: { shownOn: 'DESC' } });
    return rows.map((row) => ({ ...toCheck(row), profileId: row.profileId }));
  }

  async logHours(input: VolunteerHoursInput): Promise<VolunteerModel> {
    await this.require(input.volunteerId);
    await this.db.scoped(VolunteerHoursEntity).insert({
      profileId: input.volunteerId,
      workedOn: input.workedOn,
      hours: String(input.hours),
      activity: input.activity,
    });
    return this.get(input.volunteerId);
  }

  /** Groups this volunteer started and courses they taught, in this centre, newest first. */
  /** `assignments` for several volunteers at once (the resolver's loader), in one query. */
  async assignmentsOf(
    userIds: string[],
  ): Promise<(VolunteerAssignmentModel & { userId: string })[]> {
    const manager = await this.db.manager();
    return manager.query<(VolunteerAssignmentModel & { userId: string })[]>(
      `SELECT 'GROUP_STARTED' AS kind, g.name, g.status, s.assigned_at AS since, m.user_id AS "userId"
         FROM group_starters s
         JOIN memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id
         JOIN groups g ON g.tenant_id = s.tenant_id AND g.id = s.group_id
        WHERE s.tenant_id = $1 AND m.user_id = ANY ($2::uuid[])
       UNION ALL
       SELECT 'COURSE_TAUGHT', c.title, NULL,
              (SELECT min(cs.starts_at) FROM course_sessions cs WHERE cs.tenant_id = c.tenant_id AND cs.course_id = c.id),
              m.user_id
         FROM course_instructors i
         JOIN memberships m ON m.tenant_id = i.tenant_id AND m.id = i.membership_id
         JOIN courses c ON c.tenant_id = i.tenant_id AND c.id = i.course_id
        WHERE i.tenant_id = $1 AND m.user_id = ANY ($2::uuid[])
        ORDER BY since DESC`,
      [this.context.requireCentreId(), userIds],
    );
  }

  /** Police certificates that run out within `days`, and active volunteers without a confidentiality agreement. */
  async warnings(days: number): Promise<VolunteerWarningModel[]> {
    const active = await this.profiles.find({ where: { status: 'ACTIVE' } });
    const models = new Map((await this.toModels(active)).map((m) => [m.id, m]));
    const horizon = DateTime.now().plus({ days }).toISODate() as string;
    const warnings: VolunteerWarningModel[] = [];
    // Newest first, so the first of a volunteer's checks is their latest (one query for all).
    const checks = await this.policeCertificatesOf(active.map((profile) => profile.id));
    for (const profile of active) {
      const name = models.get(profile.id)?.displayName ?? '';
      if (!profile.confidentialitySignedOn) {
        warnings.push({
          volunteerId: profile.id,
          displayName: name,
          kind: 'CONFIDENTIALITY_MISSING',
          dueOn: null,
        });
      }
      const latest = checks.find((check) => check.profileId === profile.id);
      // A certificate never shown is as much a reason to act as one that runs out.
      if (!latest) {
        warnings.push({
          volunteerId: profile.id,
          displayName: name,
          kind: 'POLICE_CERTIFICATE_MISSING',
          dueOn: null,
        });
      } else if (latest.validUntil <= horizon) {
        warnings.push({
          volunteerId: profile.id,
          displayName: name,
          kind: 'POLICE_CERTIFICATE_EXPIRES',
          dueOn: latest.validUntil,
        });
      }
    }
    return warnings.sort(
      (a, b) =>
        (a.dueOn ?? '').localeCompare(b.dueOn ?? '') ||
        a.displayName.localeCompare(b.displayName, 'nb'),
    );
  }

  /** The signed-in person's own profile in the active centre; null when they are no volunteer here. */
  async mine(): Promise<MyVolunteerWorkModel | null> {
    const profile = await this.profiles.findOne({ userId: this.context.requireSignedIn().userId });
    if (!profile) return null;
    const [latest] = await this.policeCertificates(profile.id);
    const today = DateTime.now().setZone('Europe/Oslo').toISODate() as string;
    const soon = DateTime.now().setZone('Europe/Oslo').plus({ days: 30 }).toISODate() as string;
    const hours = await this.db
      .scoped(VolunteerHoursEntity)
      .find({ where: { profileId: profile.id }, order: { workedOn: 'DESC', id: 'ASC' } });
    return {
      status: profile.status,
      confidentialitySignedOn: profile.confidentialitySignedOn,
      policeCertificateStatus: !latest
        ? 'MISSING'
        : latest.validUntil <= today
          ? 'EXPIRED'
          : latest.validUntil <= soon
            ? 'EXPIRES_SOON'
            : 'VALID',
      policeCertificateValidUntil: latest?.validUntil ?? null,
      totalHours: hours.reduce((sum, h) => sum + Number(h.hours), 0),
      hours: hours.map((h) => ({
        workedOn: h.workedOn,
        hours: Number(h.hours),
        activity: h.activity,
      })),
    };
  }

  /** A volunteer logs their own hours, on their own profile in the active centre. */
  async logMine(input: MyVolunteerHoursInput): Promise<MyVolunteerWorkModel> {
    const profile = await this.profiles.findOne({ userId: this.context.requireSignedIn().userId });
    if (!profile) throw new NotFoundError('din frivilligprofil i dette senteret');
    await this.logHours({ ...input, volunteerId: profile.id });
    return (await this.mine()) as MyVolunteerWorkModel;
  }

  private async require(id: string): Promise<VolunteerProfileEntity> {
    const profile = await this.profiles.findOne({ id });
    if (!profile) throw volunteerNotFound();
    return profile;
  }

  private async toModels(rows: VolunteerProfileEntity[]): Promise<VolunteerModel[]> {
    if (rows.length === 0) return [];
    const users = await (
      await this.db.platform(UserEntity)
    ).find({ where: rows.map((r) => ({ id: r.userId })) });
    const manager = await this.db.manager();
    const hours = await manager.query<{ profile_id: string; total: string }[]>(
      `SELECT profile_id, sum(hours)::text AS total FROM volunteer_hours WHERE tenant_id = $1 AND profile_id = ANY($2) GROUP BY profile_id`,
      [this.context.requireCentreId(), rows.map((r) => r.id)],
    );
    const total = new Map(hours.map((h) => [h.profile_id, Number(h.total)]));
    return rows
      .map((row) => {
        const user = users.find((u) => u.id === row.userId);
        return {
          id: row.id,
          userId: row.userId,
          displayName: user?.displayName ?? '',
          email: user?.email ?? '',
          skills: row.skills,
          languages: row.languages,
          municipalities: row.municipalities,
          availableTimesOfDay: row.availableTimesOfDay,
          availableWeekdays: row.availableWeekdays,
          status: row.status,
          confidentialitySignedOn: row.confidentialitySignedOn,
          totalHours: total.get(row.id) ?? 0,
        };
      })
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
  }
}

type Details = Required<VolunteerDetailsInput>;

/** The lists from the input, trimmed and without duplicates; what is left out stays as it was. */
function details(input: VolunteerDetailsInput, current: Details): Details {
  const unique = (values: string[] | undefined, fallback: string[]) =>
    values ? [...new Set(values.map((v) => v.trim()).filter(Boolean))] : fallback;
  return {
    skills: unique(input.skills, current.skills),
    languages: unique(input.languages, current.languages),
    municipalities: unique(input.municipalities, current.municipalities),
    availableTimesOfDay: unique(input.availableTimesOfDay, current.availableTimesOfDay),
    availableWeekdays: unique(input.availableWeekdays, current.availableWeekdays),
  };
}

function toCheck(row: PoliceCertificateCheckEntity): PoliceCertificateCheckModel {
  return {
    id: row.id,
    kind: row.kind,
    task: row.task,
    shownOn: row.shownOn,
    validUntil: row.validUntil,
    checkedBy: row.checkedBy,
  };
}

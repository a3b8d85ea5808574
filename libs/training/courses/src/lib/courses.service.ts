import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, IsNull } from 'typeorm';

import { MembershipEntity, type StarterQualification, UserEntity } from '@link/platform/auth';
import {
  CentreEntity,
  CentreRole,
  RequestContext,
  RequestTransaction,
  TenantDatabase,
} from '@link/platform/tenancy';
import { BadUserInputError, ConflictError, NotFoundError } from '@link/shared/errors';

import {
  CourseEnrolmentEntity,
  CourseEntity,
  CourseSessionEntity,
  SessionAttendanceEntity,
  StarterQualificationEntity,
} from './course.entities';
import type { AttendanceInput, CreateCourseInput, EnrolInput } from './dto/course.inputs';
import type {
  CourseEnrolmentModel,
  CourseModel,
  StarterQualificationModel,
} from './models/course.models';

const courseNotFound = () => new NotFoundError('kurset');

/** Norwegian names for messages. */
const ENROLMENT_STATUS_NAMES: Record<string, string> = {
  ENROLLED: 'påmeldt',
  WAITLISTED: 'på venteliste',
  WITHDRAWN: 'trukket',
  COMPLETED: 'fullført',
};

/**
 * Courses from announcement to qualification: sessions, enrolment with a waitlist (capacity holds
 * under concurrent enrolment: the course row is locked), attendance, and the completion rule —
 * every mandatory session attended — that grants a starter qualification.
 */
@Injectable()
export class CoursesService implements StarterQualification {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly transaction: RequestTransaction,
  ) {}

  async create(input: CreateCourseInput): Promise<CourseModel> {
    const course = await this.db.scoped(CourseEntity).insert({
      title: input.title,
      description: input.description,
      kind: input.kind,
      capacity: input.capacity,
      qualificationValidMonths:
        input.kind === 'STARTER_COURSE' ? (input.qualificationValidMonths ?? null) : null,
      externalRetentionMonths: input.externalRetentionMonths,
      openToOtherCentres: input.openToOtherCentres,
    });
    for (const membershipId of new Set(input.instructorStaffMemberIds)) {
      const instructor = await this.db
        .scoped(MembershipEntity)
        .findOne({ id: membershipId, deactivatedAt: IsNull() });
      if (!instructor) throw new NotFoundError('kurslederen blant senterets ansatte');
      const manager = await this.db.manager();
      await manager.query(
        `INSERT INTO course_instructors (tenant_id, id, course_id, membership_id) VALUES ($1, gen_random_uuid(), $2, $3)`,
        [this.context.requireCentreId(), course.id, membershipId],
      );
    }
    for (const session of input.sessions) {
      await this.db
        .scoped(CourseSessionEntity)
        .insert({ courseId: course.id, ...session, place: session.place ?? null });
    }
    return this.get(course.id);
  }

  async get(id: string): Promise<CourseModel> {
    const course = await this.db.scoped(CourseEntity).findOne({ id });
    if (!course) throw courseNotFound();
    return (await this.toModels([course]))[0];
  }

  async list(): Promise<CourseModel[]> {
    return this.toModels(await this.db.scoped(CourseEntity).find({ order: { createdAt: 'DESC' } }));
  }

  async enrol(input: EnrolInput): Promise<CourseEnrolmentModel> {
    if (Boolean(input.staffMemberId) === Boolean(input.external)) {
      throw new BadUserInputError('Oppgi enten en ansatt/frivillig eller en ekstern person.', [
        { field: 'staffMemberId', messages: ['Gi enten staffMemberId eller external.'] },
      ]);
    }
    const course = await this.lockCourse(input.courseId);
    let userId: string | null = null;
    if (input.staffMemberId) {
      const membership = await this.db
        .scoped(MembershipEntity)
        .findOne({ id: input.staffMemberId, deactivatedAt: IsNull() });
      if (!membership) throw new NotFoundError('den ansatte');
      userId = membership.userId;
      const existing = await this.db
        .scoped(CourseEnrolmentEntity)
        .findOne({ courseId: course.id, userId });
      if (existing && existing.status !== 'WITHDRAWN')
        throw new ConflictError('Personen er allerede påmeldt.');
    }
    const enrolled = await this.db
      .scoped(CourseEnrolmentEntity)
      .count({ courseId: course.id, status: In(['ENROLLED', 'COMPLETED']) });
    const enrolment = await this.db.scoped(CourseEnrolmentEntity).insert({
      courseId: course.id,
      userId,
      homeCentreId: null,
      externalName: input.external?.name ?? null,
      externalOrganisation: input.external?.organisation ?? null,
      externalEmail: input.external?.email.toLowerCase() ?? null,
      status: enrolled < course.capacity ? 'ENROLLED' : 'WAITLISTED',
      enrolledAt: new Date(),
      completedAt: null,
      externalErasedAt: null,
    });
    return (await this.toEnrolmentModels([enrolment]))[0];
  }

  /**
   * Withdraws; a freed place goes to the one who has waited longest, once. The enrolment is read
   * again under the course lock: of the same withdrawal sent twice at once, the second waits for
   * the first and then finds it already withdrawn, instead of freeing the place a second time.
   */
  async withdraw(enrolmentId: string): Promise<CourseEnrolmentModel> {
    const found = await this.db.scoped(CourseEnrolmentEntity).findOne({ id: enrolmentId });
    if (!found) throw new NotFoundError('påmeldingen');
    await this.lockCourse(found.courseId);
    const enrolment = await this.db.scoped(CourseEnrolmentEntity).findOne({ id: enrolmentId });
    if (!enrolment) throw new NotFoundError('påmeldingen');
    if (enrolment.status === 'WITHDRAWN') {
      throw new ConflictError('Påmeldingen er allerede trukket.');
    }
    await this.db
      .scoped(CourseEnrolmentEntity)
      .update({ id: enrolmentId }, { status: 'WITHDRAWN' });
    if (enrolment.status === 'ENROLLED') {
      const [next] = await this.db.scoped(CourseEnrolmentEntity).find({
        where: { courseId: enrolment.courseId, status: 'WAITLISTED' },
        order: { enrolledAt: 'ASC', id: 'ASC' },
        take: 1,
      });
      if (next)
        await this.db.scoped(CourseEnrolmentEntity).update({ id: next.id }, { status: 'ENROLLED' });
    }
    return (await this.toEnrolmentModels([{ ...enrolment, status: 'WITHDRAWN' }]))[0];
  }

  async enrolments(courseId: string): Promise<CourseEnrolmentModel[]> {
    await this.get(courseId);
    const rows = await this.db
      .scoped(CourseEnrolmentEntity)
      .find({ where: { courseId }, order: { enrolledAt: 'ASC', id: 'ASC' } });
    return this.toEnrolmentModels(rows);
  }

  /** `enrolments` for several courses at once (the resolver's loader): a fixed number of queries. */
  async enrolmentsOf(
    courseIds: string[],
  ): Promise<(CourseEnrolmentModel & { courseId: string })[]> {
    const rows = await this.db
      .scoped(CourseEnrolmentEntity)
      .find({ where: { courseId: In(courseIds) }, order: { enrolledAt: 'ASC', id: 'ASC' } });
    const models = await this.toEnrolmentModels(rows);
    return models.map((model, i) => ({ ...model, courseId: rows[i].courseId }));
  }

  /** Records attendance; attending every mandatory session completes the course. */
  async recordAttendance(input: AttendanceInput): Promise<CourseEnrolmentModel> {
    const session = await this.db.scoped(CourseSessionEntity).findOne({ id: input.sessionId });
    const enrolment = await this.db
      .scoped(CourseEnrolmentEntity)
      .findOne({ id: input.enrolmentId });
    if (!session || !enrolment || enrolment.courseId !== session.courseId)
      throw new NotFoundError('samlingen eller påmeldingen');
    // Attendance at a session still ahead would complete the course, and grant a qualification,
    // today. Recording who was absent is a fact only afterwards too.
    if (session.startsAt.getTime() > Date.now()) {
      const starts = DateTime.fromJSDate(session.startsAt, { zone: 'Europe/Oslo' })
        .setLocale('nb')
        .toFormat("d. MMMM yyyy 'kl.' HH:mm");
      throw new BadUserInputError('Samlingen har ikke vært ennå.', [
        {
          field: 'sessionId',
          messages: [`Samlingen starter ${starts}: oppmøte kan føres når den har begynt.`],
        },
      ]);
    }
    if (!['ENROLLED', 'COMPLETED'].includes(enrolment.status)) {
      throw new BadUserInputError('Bare påmeldte kan føres som til stede.', [
        {
          field: 'enrolmentId',
          messages: [`Påmeldingen er ${ENROLMENT_STATUS_NAMES[enrolment.status]}.`],
        },
      ]);
    }
    const attendance = this.db.scoped(SessionAttendanceEntity);
    const existing = await attendance.findOne({ sessionId: session.id, enrolmentId: enrolment.id });
    if (existing) await attendance.update({ id: existing.id }, { attended: input.attended });
    else
      await attendance.insert({
        sessionId: session.id,
        enrolmentId: enrolment.id,
        attended: input.attended,
      });
    const completed = await this.completeIfDone(enrolment);
    return (await this.toEnrolmentModels([completed]))[0];
  }

  /** StarterQualification: a valid qualification from any centre on that day. */
  async isQualified(userId: string, on: string): Promise<boolean> {
    const manager = await this.db.manager();
    const [row] = await manager.query<{ ok: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM starter_qualifications WHERE user_id = $1 AND granted_on <= $2
                        AND (expires_on IS NULL OR expires_on > $2)) AS ok`,
      [userId, on],
    );
    return row.ok;
  }

  /** The centre's starters and their qualifications; `expiringWithinDays` keeps those that expire soon. */
  async qualifications(expiringWithinDays?: number): Promise<StarterQualificationModel[]> {
    const starters = await this.db.scoped(MembershipEntity).find({
      where: { role: CentreRole.STARTER, deactivatedAt: IsNull() },
      relations: { user: true },
    });
    if (starters.length === 0) return [];
    const qualifications = await (
      await this.db.platform(StarterQualificationEntity)
    ).find({
      where: { userId: In(starters.map((s) => s.userId)) },
      order: { grantedOn: 'DESC' },
    });
    const today = DateTime.now().toISODate() as string;
    const horizon =
      expiringWithinDays === undefined
        ? null
        : (DateTime.now().plus({ days: expiringWithinDays }).toISODate() as string);
    // A person's best valid qualification (the one lasting longest) is the one that counts.
    const best = new Map<string, StarterQualificationEntity>();
    for (const q of qualifications.filter((q) => q.expiresOn === null || q.expiresOn > today)) {
      const current = best.get(q.userId);
      if (
        !current ||
        (current.expiresOn !== null && (q.expiresOn === null || q.expiresOn > current.expiresOn))
      )
        best.set(q.userId, q);
    }
    return [...best.values()]
      .filter((q) => horizon === null || (q.expiresOn !== null && q.expiresOn <= horizon))
      .map((q) => ({
        userId: q.userId,
        displayName: starters.find((s) => s.userId === q.userId)?.user?.displayName ?? '',
        grantedOn: q.grantedOn,
        expiresOn: q.expiresOn,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nb'));
  }

  /** Erases the details of external enrolees once their course is past the retention period. */
  async eraseExpiredExternals(): Promise<number> {
    const manager = await this.db.manager();
    const erased = await manager.query<unknown[]>(
      `UPDATE course_enrolments e SET external_name = NULL, external_organisation = NULL, external_email = NULL,
              external_erased_at = now()
         FROM courses c
        WHERE e.tenant_id = $1 AND c.tenant_id = e.tenant_id AND c.id = e.course_id
          AND e.external_name IS NOT NULL
          AND (SELECT max(s.starts_at) FROM course_sessions s WHERE s.tenant_id = c.tenant_id AND s.course_id = c.id)
              < now() - make_interval(months => c.external_retention_months)
        RETURNING e.id`,
      [this.context.requireCentreId()],
    );
    return (erased[0] as unknown[] | undefined)?.length ?? 0;
  }

  /** The scheduled clean-up, for every centre in its own transaction. */
  async runRetention(): Promise<Record<string, number>> {
    const centres = await this.transaction.run(undefined, async () =>
      (await this.db.platform(CentreEntity)).find(),
    );
    const erased: Record<string, number> = {};
    for (const centre of centres) {
      erased[centre.slug] = await this.transaction.run(
        {
          userId: null,
          sessionId: null,
          centreId: centre.id,
          centreRole: null,
          platformRole: null,
        },
        () => this.eraseExpiredExternals(),
      );
    }
    return erased;
  }

  private async completeIfDone(enrolment: CourseEnrolmentEntity): Promise<CourseEnrolmentEntity> {
    if (enrolment.status === 'COMPLETED') return enrolment;
    const mandatory = await this.db
      .scoped(CourseSessionEntity)
      .find({ where: { courseId: enrolment.courseId, mandatory: true } });
    const attended = await this.db
      .scoped(SessionAttendanceEntity)
      .find({ where: { enrolmentId: enrolment.id, attended: true } });
    const present = new Set(attended.map((a) => a.sessionId));
    if (!mandatory.every((s) => present.has(s.id))) return enrolment;
    const completedAt = new Date();
    await this.db
      .scoped(CourseEnrolmentEntity)
      .update({ id: enrolment.id }, { status: 'COMPLETED', completedAt });
    const course = (await this.db
      .scoped(CourseEntity)
      .findOne({ id: enrolment.courseId })) as CourseEntity;
    if (course.kind === 'STARTER_COURSE' && enrolment.userId)
      await this.grant(enrolment.userId, course);
    return { ...enrolment, status: 'COMPLETED', completedAt };
  }

  private async grant(userId: string, course: CourseEntity): Promise<void> {
    const grantedOn = DateTime.now().toISODate() as string;
    const expiresOn = course.qualificationValidMonths
      ? (DateTime.now().plus({ months: course.qualificationValidMonths }).toISODate() as string)
      : null;
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO starter_qualifications (user_id, granted_by_centre_id, course_id, granted_on, expires_on)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, course_id) DO NOTHING`,
      [userId, this.context.requireCentreId(), course.id, grantedOn, expiresOn],
    );
  }

  /** Locks the course row: enrolments and withdrawals for one course happen one at a time. */
  private async lockCourse(courseId: string): Promise<CourseEntity> {
    const manager = await this.db.manager();
    await manager.query(`SELECT 1 FROM courses WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [
      this.context.requireCentreId(),
      courseId,
    ]);
    const course = await this.db.scoped(CourseEntity).findOne({ id: courseId });
    if (!course) throw courseNotFound();
    return course;
  }

  private async toModels(courses: CourseEntity[]): Promise<CourseModel[]> {
    if (courses.length === 0) return [];
    const ids = courses.map((c) => c.id);
    const sessions = await this.db
      .scoped(CourseSessionEntity)
      .find({ where: { courseId: In(ids) }, order: { startsAt: 'ASC' } });
    const enrolments = await this.db.scoped(CourseEnrolmentEntity).find({
      where: { courseId: In(ids) },
      select: { id: true, tenantId: true, courseId: true, status: true },
    });
    return courses.map((course) => ({
      id: course.id,
      title: course.title,
      description: course.description,
      kind: course.kind,
      capacity: course.capacity,
      enrolled: enrolments.filter(
        (e) => e.courseId === course.id && ['ENROLLED', 'COMPLETED'].includes(e.status),
      ).length,
      waitlisted: enrolments.filter((e) => e.courseId === course.id && e.status === 'WAITLISTED')
        .length,
      qualificationValidMonths: course.qualificationValidMonths,
      openToOtherCentres: course.openToOtherCentres,
      sessions: sessions
        .filter((s) => s.courseId === course.id)
        .map((s) => ({
          id: s.id,
          startsAt: s.startsAt,
          durationMinutes: s.durationMinutes,
          place: s.place,
          digital: s.digital,
          mandatory: s.mandatory,
        })),
    }));
  }

  private async toEnrolmentModels(rows: CourseEnrolmentEntity[]): Promise<CourseEnrolmentModel[]> {
    const userIds = rows.map((r) => r.userId).filter((id): id is string => id !== null);
    const users = userIds.length
      ? await (await this.db.platform(UserEntity)).find({ where: { id: In(userIds) } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    const homeIds = [
      ...new Set(rows.map((r) => r.homeCentreId).filter((id): id is string => id !== null)),
    ];
    const homes = homeIds.length
      ? await (await this.db.platform(CentreEntity)).find({ where: { id: In(homeIds) } })
      : [];
    const centreNames = new Map(homes.map((c) => [c.id, c.name]));
    const attended = rows.length
      ? await this.db.scoped(SessionAttendanceEntity).find({
          where: { enrolmentId: In(rows.map((r) => r.id)), attended: true },
        })
      : [];
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      userId: row.userId,
      name: row.userId ? (names.get(row.userId) ?? null) : row.externalName,
      organisation: row.externalOrganisation,
      centreName: row.homeCentreId ? (centreNames.get(row.homeCentreId) ?? null) : null,
      attendedSessionIds: attended.filter((a) => a.enrolmentId === row.id).map((a) => a.sessionId),
      enrolledAt: row.enrolledAt,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, IsNull } from 'typeorm';

import { MembershipEntity, UserEntity } from '@link/platform/auth';
import { CentreEntity, RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ConflictError, ForbiddenError, NotFoundError } from '@link/shared/errors';

import {
  CourseEnrolmentEntity,
  CourseEntity,
  CourseSessionEntity,
  SessionAttendanceEntity,
  StarterQualificationEntity,
} from './course.entities';
import type { SharedEnrolInput } from './dto/shared-training.inputs';
import type {
  MyQualificationModel,
  PersonCourseEnrolmentModel,
  SharedCourseModel,
  SharedCourseSessionModel,
} from './models/shared-training.models';

interface SessionJson {
  id: string;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  digital: boolean;
  mandatory: boolean;
  attended?: boolean | null;
}

/** What the shared-training functions' SQLSTATEs (class L0) and reasons mean to a person. */
const REASONS: Record<string, () => Error> = {
  'L0404:course': () => new NotFoundError('kurset blant kursene andre sentre har åpnet'),
  'L0404:membership': () => new NotFoundError('personen blant senterets ansatte og frivillige'),
  'L0404:enrolment': () => new NotFoundError('påmeldingen'),
  'L0409:enrolled': () => new ConflictError('Personen er allerede påmeldt kurset.'),
  'L0409:withdrawn': () => new ConflictError('Påmeldingen er allerede trukket.'),
  'L0409:completed': () =>
    new ConflictError('Kurset er fullført; en fullført påmelding kan ikke trekkes.'),
  'L0403:caller': () =>
    new ForbiddenError('Bare koordinatorer og administratorer kan melde på andre enn seg selv.'),
};

function mapped(error: unknown): never {
  const driver =
    (error as { driverError?: { code?: unknown; message?: unknown } }).driverError ??
    (error as { code?: unknown; message?: unknown });
  const make =
    typeof driver?.code === 'string' && typeof driver.message === 'string'
      ? REASONS[`${driver.code}:${driver.message}`]
      : undefined;
  throw make ? make() : error;
}

function toSessions(json: SessionJson[]): SharedCourseSessionModel[] {
  return json.map((s) => ({
    id: s.id,
    startsAt: new Date(s.startsAt),
    durationMinutes: s.durationMinutes,
    place: s.place,
    digital: s.digital,
    mandatory: s.mandatory,
    attended: s.attended ?? null,
  }));
}

/**
 * Courses one centre hosts and other centres' people attend (docs/decisions/0007). Everything
 * that crosses the wall goes through the database functions of migration 1765526400000, which
 * write or read the host's and the home centre's rows each in its own centre; this service only
 * calls them, in the request's transaction, and maps their refusals.
 */
@Injectable()
export class SharedTrainingService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async catalogue(): Promise<SharedCourseModel[]> {
    const manager = await this.db.manager();
    const rows = await manager
      .query<
        {
          host_centre_id: string;
          host_centre_name: string;
          course_id: string;
          title: string;
          description: string;
          kind: string;
          capacity: number;
          enrolled: number;
          qualification_valid_months: number | null;
          sessions: SessionJson[];
        }[]
      >(`SELECT * FROM shared_course_catalogue()`)
      .catch(mapped);
    return rows.map((r) => ({
      hostCentreId: r.host_centre_id,
      hostCentreName: r.host_centre_name,
      courseId: r.course_id,
      title: r.title,
      description: r.description,
      kind: r.kind,
      capacity: r.capacity,
      enrolled: r.enrolled,
      qualificationValidMonths: r.qualification_valid_months,
      sessions: toSessions(r.sessions).map((s) => ({ ...s, attended: null })),
    }));
  }

  async enrol(input: SharedEnrolInput): Promise<PersonCourseEnrolmentModel> {
    const membershipId = input.staffMemberId ?? (await this.ownMembershipId());
    const manager = await this.db.manager();
    const [row] = await manager
      .query<
        { enrolment_id: string }[]
      >(`SELECT * FROM shared_course_enrol($1, $2, $3)`, [input.hostCentreId, input.courseId, membershipId])
      .catch(mapped);
    return this.one(row.enrolment_id, false);
  }

  async withdraw(id: string): Promise<PersonCourseEnrolmentModel> {
    const manager = await this.db.manager();
    await manager.query(`SELECT shared_course_withdraw($1)`, [id]).catch(mapped);
    return this.one(id, false);
  }

  /** The centre's people on other centres' courses (coordinators and admins). */
  async ofCentre(): Promise<PersonCourseEnrolmentModel[]> {
    return this.shared(false);
  }

  /** The caller's own enrolments in the active centre: its own courses and shared ones. */
  async mine(): Promise<PersonCourseEnrolmentModel[]> {
    const userId = this.context.requireSignedIn().userId;
    const own = await this.db
      .scoped(CourseEnrolmentEntity)
      .find({ where: { userId }, order: { enrolledAt: 'ASC', id: 'ASC' } });
    const courses = own.length
      ? await this.db
          .scoped(CourseEntity)
          .find({ where: { id: In([...new Set(own.map((e) => e.courseId))]) } })
      : [];
    const sessions = courses.length
      ? await this.db.scoped(CourseSessionEntity).find({
          where: { courseId: In(courses.map((c) => c.id)) },
          order: { startsAt: 'ASC' },
        })
      : [];
    const attendance = own.length
      ? await this.db
          .scoped(SessionAttendanceEntity)
          .find({ where: { enrolmentId: In(own.map((e) => e.id)) } })
      : [];
    const membership = await this.db
      .scoped(MembershipEntity)
      .findOne({ userId, deactivatedAt: IsNull() });
    const user = await (await this.db.platform(UserEntity)).findOne({ where: { id: userId } });
    const local: PersonCourseEnrolmentModel[] = own.map((e) => {
      const course = courses.find((c) => c.id === e.courseId) as CourseEntity;
      return {
        id: e.id,
        staffMemberId: membership?.id ?? null,
        displayName: user?.displayName ?? '',
        courseId: course.id,
        courseTitle: course.title,
        courseKind: course.kind,
        hostCentreName: null,
        status: e.status,
        enrolledAt: e.enrolledAt,
        completedAt: e.completedAt,
        sessions: sessions
          .filter((s) => s.courseId === course.id)
          .map((s) => ({
            id: s.id,
            startsAt: s.startsAt,
            durationMinutes: s.durationMinutes,
            place: s.place,
            digital: s.digital,
            mandatory: s.mandatory,
            attended:
              attendance.find((a) => a.sessionId === s.id && a.enrolmentId === e.id)?.attended ??
              null,
          })),
      };
    });
    return [...local, ...(await this.shared(true))];
  }

  /** The caller's qualifications, from whichever centre granted them. */
  async myQualifications(): Promise<MyQualificationModel[]> {
    const userId = this.context.requireSignedIn().userId;
    const rows = await (
      await this.db.platform(StarterQualificationEntity)
    ).find({ where: { userId }, order: { grantedOn: 'DESC' } });
    if (rows.length === 0) return [];
    const centres = await (
      await this.db.platform(CentreEntity)
    ).find({ where: { id: In([...new Set(rows.map((r) => r.grantedByCentreId))]) } });
    const today = DateTime.now().setZone('Europe/Oslo').toISODate() as string;
    return rows.map((r) => ({
      grantedByCentreName: centres.find((c) => c.id === r.grantedByCentreId)?.name ?? '',
      grantedOn: r.grantedOn,
      expiresOn: r.expiresOn,
      valid: r.grantedOn <= today && (r.expiresOn === null || r.expiresOn > today),
    }));
  }

  private async one(id: string, onlyMine: boolean): Promise<PersonCourseEnrolmentModel> {
    const found = (await this.shared(onlyMine)).find((e) => e.id === id);
    if (!found) throw new NotFoundError('påmeldingen');
    return found;
  }

  private async shared(onlyMine: boolean): Promise<PersonCourseEnrolmentModel[]> {
    const manager = await this.db.manager();
    const rows = await manager
      .query<
        {
          enrolment_id: string;
          membership_id: string;
          user_id: string;
          host_centre_name: string;
          course_id: string;
          course_title: string;
          course_kind: string;
          status: string;
          enrolled_at: Date;
          completed_at: Date | null;
          sessions: SessionJson[];
        }[]
      >(`SELECT * FROM shared_course_enrolments_of_centre($1)`, [onlyMine])
      .catch(mapped);
    const users = rows.length
      ? await (
          await this.db.platform(UserEntity)
        ).find({ where: { id: In([...new Set(rows.map((r) => r.user_id))]) } })
      : [];
    return rows.map((r) => ({
      id: r.enrolment_id,
      staffMemberId: r.membership_id,
      displayName: users.find((u) => u.id === r.user_id)?.displayName ?? '',
      courseId: r.course_id,
      courseTitle: r.course_title,
      courseKind: r.course_kind,
      hostCentreName: r.host_centre_name,
      status: r.status,
      enrolledAt: new Date(r.enrolled_at),
      completedAt: r.completed_at ? new Date(r.completed_at) : null,
      sessions: toSessions(r.sessions),
    }));
  }

  private async ownMembershipId(): Promise<string> {
    const membership = await this.db
      .scoped(MembershipEntity)
      .findOne({ userId: this.context.requireSignedIn().userId, deactivatedAt: IsNull() });
    if (!membership) throw new NotFoundError('ditt medlemskap i senteret');
    return membership.id;
  }
}

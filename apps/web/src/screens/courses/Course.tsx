import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { FormErrors, fieldId } from '../../components/form-errors';
import { LoadError, Loading, PageHeading, Empty } from '../../components/states';
import type { CourseQuery } from '../../gql/graphql';
import {
  CourseDocument,
  EnrolInCourseDocument,
  PartnerNamesDocument,
  PeopleDirectoryDocument,
  RecordAttendanceDocument,
  WithdrawFromCourseDocument,
} from '../../graphql/course-volunteer-operations';
import { formProblems, type FormProblems, messageOf } from '../../graphql/errors';
import { formatDateTime, texts } from '../../texts';
import { ConfirmWithdrawal, type Withdrawal } from './ConfirmWithdrawal';
import { hasBegun, sessionLabel } from './course-format';

const t = texts.courses;
type CourseDetails = CourseQuery['course'];
type Enrolment = CourseDetails['enrolments'][number];
const NO_PROBLEMS: FormProblems = { fields: {}, message: null };

/** One course: its sessions, who is on it (and waiting), attendance per session, enrolment. */
export function CoursePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created;
  const { data, loading, error, refetch } = useQuery(CourseDocument, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  if (!data) return null;
  const course = data.course;
  return (
    <div className="course-page">
      <Link to="/kurs" className="back-link">
        {t.back}
      </Link>
      <PageHeading title={course.title}>{course.title}</PageHeading>
      {created && (
        <Alert data-color="success">
          <Paragraph role="status">{t.created(course.title)}</Paragraph>
        </Alert>
      )}
      <Facts course={course} />
      <Enrolments course={course} />
      <Attendance course={course} />
      <Enrol course={course} />
    </div>
  );
}

function Facts({ course }: { course: CourseDetails }) {
  return (
    <Card data-color="neutral" className="facts course-page__wide">
      <Heading level={2} data-size="xs">
        {t.facts}
      </Heading>
      {course.description && <Paragraph data-size="sm">{course.description}</Paragraph>}
      <dl>
        <dt>{t.kind}</dt>
        <dd>{t.kinds[course.kind] ?? course.kind}</dd>
        <dt>{t.qualification}</dt>
        <dd>
          {course.kind === 'STARTER_COURSE'
            ? t.qualifies(course.qualificationValidMonths)
            : t.noQualification}
        </dd>
        <dt>{t.capacity}</dt>
        <dd>
          {t.places(course.enrolled, course.capacity)}
          {course.waitlisted > 0 ? ` · ${t.waitlisted(course.waitlisted)}` : ''}
        </dd>
        {course.openToOtherCentres && (
          <>
            <dt>{t.openToOthers}</dt>
            <dd>{t.othersCentres}</dd>
          </>
        )}
        <dt>{t.sessions}</dt>
        <dd>
          <ol className="session-list">
            {course.sessions.map((s) => (
              <li key={s.id}>{sessionLabel(s)}</li>
            ))}
          </ol>
        </dd>
      </dl>
    </Card>
  );
}

function personName(e: Enrolment): string {
  return e.name ?? t.erased;
}

function Enrolments({ course }: { course: CourseDetails }) {
  const [withdraw, { loading }] = useMutation(WithdrawFromCourseDocument, {
    refetchQueries: ['Course', 'Courses'],
  });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const mandatory = course.sessions.filter((s) => s.mandatory);
  const shown = course.enrolments.filter((e) => e.status !== 'WITHDRAWN');

  const [asking, setAsking] = useState<Withdrawal>(null);

  async function withdrawOne(id: string, name: string) {
    try {
      await withdraw({ variables: { id } });
      setResult({ ok: true, text: t.withdrawn(name) });
    } catch (failure) {
      setResult({ ok: false, text: messageOf(failure) });
    } finally {
      setAsking(null);
    }
  }

  return (
    <Card data-color="neutral" className="course-page__section">
      <section aria-labelledby="enrolments-title">
        <Heading level={2} data-size="xs" id="enrolments-title">
          {t.enrolmentsTitle}
        </Heading>
        {result && (
          <Alert data-color={result.ok ? 'success' : 'danger'}>
            <Paragraph role={result.ok ? 'status' : 'alert'}>{result.text}</Paragraph>
          </Alert>
        )}
        {shown.length === 0 ? (
          <Empty>{t.noEnrolments}</Empty>
        ) : (
          <ul className="plain-list">
            {shown.map((e) => {
              const attended = mandatory.filter((s) => e.attendedSessionIds.includes(s.id)).length;
              const origin = e.centreName ? t.fromCentre(e.centreName) : e.organisation;
              return (
                <li key={e.id} className="member-row enrolment-row">
                  <div>
                    <strong>{personName(e)}</strong>
                    {origin && <span className="enrolment-row__origin"> {origin}</span>}
                    <div className="tags">
                      <Tag data-color={e.status === 'COMPLETED' ? 'success' : 'neutral'}>
                        {t.status[e.status] ?? e.status}
                      </Tag>
                      {e.status === 'COMPLETED' && course.kind === 'STARTER_COURSE' && e.userId && (
                        <Tag data-color="success">{t.qualified}</Tag>
                      )}
                    </div>
                    {e.status !== 'WAITLISTED' && (
                      <Paragraph data-size="sm">
                        {t.attendedOf(attended, mandatory.length)}
                      </Paragraph>
                    )}
                  </div>
                  {(e.status === 'ENROLLED' || e.status === 'WAITLISTED') && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      disabled={loading}
                      aria-label={t.withdrawName(personName(e))}
                      onClick={() => setAsking({ id: e.id, name: personName(e) })}
                    >
                      {t.withdraw}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <ConfirmWithdrawal
          asking={asking}
          busy={loading}
          onConfirm={(id, name) => void withdrawOne(id, name)}
          onCancel={() => setAsking(null)}
        />
      </section>
    </Card>
  );
}

/** Attendance for one session at a time: one checkbox per person, saved when ticked. */
function Attendance({ course }: { course: CourseDetails }) {
  const begun = course.sessions.filter((s) => hasBegun(s));
  const [sessionId, setSessionId] = useState(begun.at(-1)?.id ?? course.sessions[0]?.id ?? '');
  const [record, { loading }] = useMutation(RecordAttendanceDocument, {
    refetchQueries: ['Course', 'Courses'],
  });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const session = course.sessions.find((s) => s.id === sessionId);
  const present = course.enrolments.filter(
    (e) => e.status === 'ENROLLED' || e.status === 'COMPLETED',
  );

  async function mark(e: Enrolment, attended: boolean) {
    setResult(null);
    try {
      const { data } = await record({
        variables: { input: { enrolmentId: e.id, sessionId, attended } },
      });
      const done = data?.recordAttendance.status === 'COMPLETED' && e.status !== 'COMPLETED';
      setResult({
        ok: true,
        text: done ? t.completedNow(personName(e)) : t.attendanceSaved(personName(e)),
      });
    } catch (failure) {
      const { fields, message } = formProblems(failure);
      setResult({ ok: false, text: [message, ...Object.values(fields)].join(' ') });
    }
  }

  return (
    <Card data-color="neutral" className="course-page__section">
      <section aria-labelledby="attendance-title" className="section-form">
        <Heading level={2} data-size="xs" id="attendance-title">
          {t.attendanceTitle}
        </Heading>
        <Paragraph data-size="sm">{t.attendanceIntro}</Paragraph>
        <Field>
          <Label htmlFor="attendance-session">{t.chooseSession}</Label>
          <Select
            id="attendance-session"
            value={sessionId}
            onChange={(e) => {
              setSessionId(e.target.value);
              setResult(null);
            }}
          >
            {course.sessions.map((s, index) => (
              <Select.Option key={s.id} value={s.id}>
                {`${t.session(index + 1)}: ${formatDateTime(s.startsAt)}${s.mandatory ? '' : ` (${t.sessionOptional})`}`}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {session && !hasBegun(session) ? (
          <Paragraph data-size="sm">{t.notYet}</Paragraph>
        ) : present.length === 0 ? (
          <Empty>{t.nobodyToMark}</Empty>
        ) : (
          <div className="attendance-list">
            {present.map((e) => (
              <Checkbox
                key={e.id}
                label={t.present(personName(e))}
                checked={e.attendedSessionIds.includes(sessionId)}
                disabled={loading}
                onChange={(event) => void mark(e, event.target.checked)}
              />
            ))}
          </div>
        )}
        {result && (
          <Paragraph
            data-size="sm"
            role={result.ok ? 'status' : 'alert'}
            className={result.ok ? 'saved' : 'form-message'}
          >
            {result.text}
          </Paragraph>
        )}
      </section>
    </Card>
  );
}

interface ExternalDraft {
  name: string;
  organisation: string;
  email: string;
}
const EMPTY_EXTERNAL: ExternalDraft = { name: '', organisation: '', email: '' };
const EXTERNAL_LABELS: Record<string, string> = {
  'external.name': t.externalName,
  'external.organisation': t.organisation,
  'external.email': t.email,
};

export function checkExternal(draft: ExternalDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (draft.name.trim().length < 2) fields['external.name'] = t.externalNameRequired;
  if (draft.organisation.trim().length < 2)
    fields['external.organisation'] = t.organisationRequired;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim()))
    fields['external.email'] = t.emailRequired;
  return fields;
}

/** Enrol one of the centre's people, or someone from a partner organisation. */
function Enrol({ course }: { course: CourseDetails }) {
  const people = useQuery(PeopleDirectoryDocument);
  const partners = useQuery(PartnerNamesDocument);
  const [enrol, { loading }] = useMutation(EnrolInCourseDocument, {
    refetchQueries: ['Course', 'Courses'],
  });
  const [chosen, setChosen] = useState('');
  const [personProblem, setPersonProblem] = useState<string | null>(null);
  const [external, setExternal] = useState<ExternalDraft>(EMPTY_EXTERNAL);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [notice, setNotice] = useState<string | null>(null);
  const enrolledUsers = new Set(
    course.enrolments.filter((e) => e.status !== 'WITHDRAWN').map((e) => e.name),
  );
  const candidates = (people.data?.starterDirectory ?? []).filter(
    (p) => !enrolledUsers.has(p.displayName),
  );
  const id = (field: string) => fieldId('external', field);

  const said = (name: string, status: string) =>
    setNotice(t.enrolled(name, t.status[status] ?? status));

  async function enrolPerson(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    if (!chosen) return setPersonProblem(t.personRequired);
    try {
      const { data } = await enrol({
        variables: { input: { courseId: course.id, staffMemberId: chosen } },
      });
      setChosen('');
      setPersonProblem(null);
      if (data) said(data.enrolInCourse.name ?? '', data.enrolInCourse.status);
    } catch (failure) {
      setPersonProblem(messageOf(failure));
    }
  }

  async function enrolExternal(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const fields = checkExternal(external);
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      const { data } = await enrol({
        variables: {
          input: {
            courseId: course.id,
            external: {
              name: external.name.trim(),
              organisation: external.organisation.trim(),
              email: external.email.trim(),
            },
          },
        },
      });
      setExternal(EMPTY_EXTERNAL);
      setProblems(NO_PROBLEMS);
      if (data) said(data.enrolInCourse.name ?? '', data.enrolInCourse.status);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Card data-color="neutral" className="course-page__wide">
      <section aria-labelledby="enrol-title" className="section-form">
        <Heading level={2} data-size="xs" id="enrol-title">
          {t.enrolTitle}
        </Heading>
        {notice && (
          <Alert data-color="success">
            <Paragraph role="status">{notice}</Paragraph>
          </Alert>
        )}
        {people.loading && !people.data && <Loading />}
        {people.error && !people.data && (
          <LoadError error={people.error} retry={() => void people.refetch()} />
        )}
        {candidates.length > 0 && (
          <form onSubmit={enrolPerson} noValidate className="inline-form">
            <Field>
              <Label htmlFor="enrol-person">{t.enrolPerson}</Label>
              <Select
                id="enrol-person"
                value={chosen}
                aria-invalid={personProblem ? true : undefined}
                onChange={(e) => setChosen(e.target.value)}
              >
                <Select.Option value="">{t.choosePerson}</Select.Option>
                {candidates.map((p) => (
                  <Select.Option key={p.staffMemberId} value={p.staffMemberId}>
                    {p.displayName}
                  </Select.Option>
                ))}
              </Select>
              {personProblem && <ValidationMessage>{personProblem}</ValidationMessage>}
            </Field>
            <Button type="submit" variant="secondary" data-size="sm" disabled={loading}>
              {loading ? texts.saving : t.enrol}
            </Button>
          </form>
        )}
        <form onSubmit={enrolExternal} noValidate aria-labelledby="external-title" className="form">
          <Heading level={3} data-size="2xs" id="external-title">
            {t.externalTitle}
          </Heading>
          <FormErrors {...problems} idPrefix="external" labels={EXTERNAL_LABELS} />
          <div className="two-columns">
            <Textfield
              id={id('external.name')}
              label={t.externalName}
              value={external.name}
              onChange={(e) => setExternal({ ...external, name: e.target.value })}
              error={problems.fields['external.name']}
            />
            <Textfield
              id={id('external.organisation')}
              label={t.organisation}
              description={t.organisationHelp}
              list="partner-names"
              value={external.organisation}
              onChange={(e) => setExternal({ ...external, organisation: e.target.value })}
              error={problems.fields['external.organisation']}
            />
            <datalist id="partner-names">
              {(partners.data?.partners ?? []).map((p) => (
                <option key={p.id} value={p.name} />
              ))}
            </datalist>
            <Textfield
              id={id('external.email')}
              label={t.email}
              type="email"
              value={external.email}
              onChange={(e) => setExternal({ ...external, email: e.target.value })}
              error={problems.fields['external.email']}
            />
          </div>
          <Button type="submit" variant="secondary" disabled={loading}>
            {loading ? texts.saving : t.enrolExternal}
          </Button>
        </form>
      </section>
    </Card>
  );
}

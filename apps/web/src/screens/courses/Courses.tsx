import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { CourseFieldsFragment, SharedCoursesQuery } from '../../gql/graphql';
import {
  CoursesDocument,
  EnrolInSharedCourseDocument,
  PeopleDirectoryDocument,
  SharedCoursesDocument,
  WithdrawFromSharedCourseDocument,
} from '../../graphql/course-volunteer-operations';
import { messageOf } from '../../graphql/errors';
import { formatDateTime, texts } from '../../texts';
import { ConfirmWithdrawal, type Withdrawal } from './ConfirmWithdrawal';
import { nextSession, sessionLabel } from './course-format';
import { NewCourse } from './NewCourse';

const t = texts.courses;

/** The centre's courses, a new one, other centres' open courses and its people on them. */
export function Courses() {
  const { data, loading, error, refetch } = useQuery(CoursesDocument);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <div className="courses">
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {creating ? (
        <NewCourse
          onSaved={(course) => void navigate(`/kurs/${course.id}`, { state: { created: true } })}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button className="courses__new" onClick={() => setCreating(true)}>
          {t.newCourse}
        </Button>
      )}
      <section aria-labelledby="own-courses-title">
        <Heading level={2} data-size="sm" id="own-courses-title" className="section-heading">
          {t.ownTitle}
        </Heading>
        {loading && !data && <Loading />}
        {error && !data && <LoadError error={error} retry={() => void refetch()} />}
        {data &&
          (data.courses.length === 0 ? (
            <Empty>{t.noCourses}</Empty>
          ) : (
            <ul className="course-list">
              {data.courses.map((course) => (
                <CourseCard key={course.id} course={course} />
              ))}
            </ul>
          ))}
      </section>
      <SharedCourses />
    </div>
  );
}

function CourseCard({ course }: { course: CourseFieldsFragment }) {
  const next = nextSession(course.sessions);
  return (
    <li>
      <Card data-color="neutral" className="course-card">
        <Heading level={3} data-size="xs">
          <Link to={`/kurs/${course.id}`} aria-label={t.open(course.title)}>
            {course.title}
          </Link>
        </Heading>
        <div className="tags">
          <Tag data-color="info">{t.kinds[course.kind] ?? course.kind}</Tag>
          {course.openToOtherCentres && <Tag data-color="accent">{t.openTag}</Tag>}
        </div>
        <Paragraph data-size="sm">
          {[
            t.places(course.enrolled, course.capacity),
            course.waitlisted > 0 ? t.waitlisted(course.waitlisted) : null,
            t.sessionCount(course.sessions.length),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Paragraph>
        <Paragraph data-size="sm">
          {next ? t.nextSession(formatDateTime(next.startsAt)) : t.held}
        </Paragraph>
      </Card>
    </li>
  );
}

type SharedCourse = SharedCoursesQuery['sharedCourses'][number];

/** Other centres' open courses (Selvhjelp Norge's national one), and the centre's people on them. */
function SharedCourses() {
  const { data, loading, error, refetch } = useQuery(SharedCoursesDocument);
  const people = useQuery(PeopleDirectoryDocument);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <section aria-labelledby="shared-courses-title" className="shared-courses">
        <Heading level={2} data-size="sm" id="shared-courses-title" className="section-heading">
          {t.sharedTitle}
        </Heading>
        <Paragraph data-size="sm">{t.sharedIntro}</Paragraph>
        {notice && (
          <Alert data-color="success">
            <Paragraph role="status">{notice}</Paragraph>
          </Alert>
        )}
        {loading && !data && <Loading />}
        {error && !data && <LoadError error={error} retry={() => void refetch()} />}
        {data &&
          (data.sharedCourses.length === 0 ? (
            <Empty>{t.noShared}</Empty>
          ) : (
            <ul className="course-list">
              {data.sharedCourses.map((course) => (
                <SharedCourseCard
                  key={`${course.hostCentreId}-${course.courseId}`}
                  course={course}
                  people={people.data?.starterDirectory ?? []}
                  onEnrolled={setNotice}
                />
              ))}
            </ul>
          ))}
      </section>
      {data && <OurPeopleElsewhere enrolments={data.sharedCourseEnrolments} />}
    </>
  );
}

function SharedCourseCard({
  course,
  people,
  onEnrolled,
}: {
  course: SharedCourse;
  people: { staffMemberId: string; displayName: string }[];
  onEnrolled: (notice: string) => void;
}) {
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [enrol, { loading }] = useMutation(EnrolInSharedCourseDocument, {
    refetchQueries: ['SharedCourses'],
  });
  const inputId = `enrol-${course.courseId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return setProblem(t.personRequired);
    try {
      const { data } = await enrol({
        variables: {
          input: {
            hostCentreId: course.hostCentreId,
            courseId: course.courseId,
            staffMemberId: chosen,
          },
        },
      });
      setChosen('');
      setProblem(null);
      if (data) {
        const e = data.enrolInSharedCourse;
        onEnrolled(t.sharedEnrolled(e.displayName, e.courseTitle, t.status[e.status] ?? e.status));
      }
    } catch (failure) {
      setProblem(messageOf(failure));
    }
  }

  return (
    <li>
      <Card data-color="neutral" className="course-card">
        <Heading level={3} data-size="xs">
          {course.title}
        </Heading>
        <div className="tags">
          <Tag data-color="info">{t.kinds[course.kind] ?? course.kind}</Tag>
          {course.kind === 'STARTER_COURSE' && (
            <Tag data-color="success">{t.qualifies(course.qualificationValidMonths)}</Tag>
          )}
        </div>
        <Paragraph data-size="sm">
          {t.heldBy(course.hostCentreName)} · {t.places(course.enrolled, course.capacity)}
        </Paragraph>
        {course.description && <Paragraph data-size="sm">{course.description}</Paragraph>}
        <ul className="session-list">
          {course.sessions.map((s) => (
            <li key={s.id}>{sessionLabel(s)}</li>
          ))}
        </ul>
        {people.length > 0 && (
          <form onSubmit={submit} noValidate className="inline-form">
            <Field>
              <Label htmlFor={inputId}>{t.enrolWho(course.title)}</Label>
              <Select
                id={inputId}
                value={chosen}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setChosen(e.target.value)}
              >
                <Select.Option value="">{t.choosePerson}</Select.Option>
                {people.map((p) => (
                  <Select.Option key={p.staffMemberId} value={p.staffMemberId}>
                    {p.displayName}
                  </Select.Option>
                ))}
              </Select>
              {problem && <ValidationMessage>{problem}</ValidationMessage>}
            </Field>
            <Button type="submit" variant="secondary" data-size="sm" disabled={loading}>
              {loading ? texts.saving : t.enrol}
            </Button>
          </form>
        )}
      </Card>
    </li>
  );
}

function OurPeopleElsewhere({
  enrolments,
}: {
  enrolments: SharedCoursesQuery['sharedCourseEnrolments'];
}) {
  const [withdraw, { loading }] = useMutation(WithdrawFromSharedCourseDocument, {
    refetchQueries: ['SharedCourses'],
  });
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

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
    <section aria-labelledby="ours-title">
      <Heading level={2} data-size="sm" id="ours-title" className="section-heading">
        {t.oursTitle}
      </Heading>
      {result && (
        <Alert data-color={result.ok ? 'success' : 'danger'}>
          <Paragraph role={result.ok ? 'status' : 'alert'}>{result.text}</Paragraph>
        </Alert>
      )}
      {enrolments.length === 0 ? (
        <Empty>{t.noOurs}</Empty>
      ) : (
        <Table data-size="sm" className="responsive-table">
          <caption className="visually-hidden">{t.oursTitle}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.person}</Table.HeaderCell>
              <Table.HeaderCell>{t.course}</Table.HeaderCell>
              <Table.HeaderCell>{t.host}</Table.HeaderCell>
              <Table.HeaderCell>{t.statusLabel}</Table.HeaderCell>
              <Table.HeaderCell>{t.attendance}</Table.HeaderCell>
              <Table.HeaderCell>{t.actions}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {enrolments.map((e) => {
              const mandatory = e.sessions.filter((s) => s.mandatory);
              const attended = mandatory.filter((s) => s.attended).length;
              const active = e.status === 'ENROLLED' || e.status === 'WAITLISTED';
              return (
                <Table.Row key={e.id}>
                  <Table.Cell data-label={t.person}>{e.displayName}</Table.Cell>
                  <Table.Cell data-label={t.course}>{e.courseTitle}</Table.Cell>
                  <Table.Cell data-label={t.host}>{e.hostCentreName ?? ''}</Table.Cell>
                  <Table.Cell data-label={t.statusLabel}>
                    {e.status === 'COMPLETED' && e.courseKind === 'STARTER_COURSE'
                      ? `${t.status[e.status]} – ${t.qualified.toLowerCase()}`
                      : (t.status[e.status] ?? e.status)}
                  </Table.Cell>
                  <Table.Cell data-label={t.attendance}>
                    {t.attendedSessions(attended, mandatory.length)}
                  </Table.Cell>
                  <Table.Cell data-label={t.actions}>
                    {active && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        disabled={loading}
                        aria-label={t.withdrawName(e.displayName)}
                        onClick={() => setAsking({ id: e.id, name: e.displayName })}
                      >
                        {t.withdraw}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      <ConfirmWithdrawal
        asking={asking}
        busy={loading}
        onConfirm={(id, name) => void withdrawOne(id, name)}
        onCancel={() => setAsking(null)}
      />
    </section>
  );
}

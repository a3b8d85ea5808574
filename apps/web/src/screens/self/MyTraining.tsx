import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';

import { Empty, LoadError, Loading } from '../../components/states';
import { MyTrainingDocument } from '../../graphql/self-operations';
import { formatDate, formatDateTime, texts } from '../../texts';

const t = texts.self;

/** Qualifications (recognised in every centre) and this centre's courses with their sessions. */
export function MyTraining() {
  const { data, loading, error, refetch } = useQuery(MyTrainingDocument);
  return (
    <section aria-labelledby="my-training-title" className="own-section">
      <Heading level={2} data-size="sm" id="my-training-title">
        {t.trainingTitle}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <>
          <Heading level={3} data-size="2xs">
            {t.qualificationsTitle}
          </Heading>
          {data.myQualifications.length === 0 ? (
            <Empty>{t.noQualifications}</Empty>
          ) : (
            <ul className="plain-list">
              {data.myQualifications.map((q) => (
                <li key={`${q.grantedOn}-${q.grantedByCentreName}`}>
                  <Paragraph data-size="sm">
                    {t.qualification(q.grantedByCentreName, formatDate(q.grantedOn))}{' '}
                    <Tag data-color={q.valid ? 'success' : 'danger'}>
                      {q.expiresOn
                        ? q.valid
                          ? t.validUntil(formatDate(q.expiresOn))
                          : t.expired(formatDate(q.expiresOn))
                        : t.noExpiry}
                    </Tag>
                  </Paragraph>
                </li>
              ))}
            </ul>
          )}
          <Heading level={3} data-size="2xs">
            {t.coursesTitle}
          </Heading>
          {data.myCourses.length === 0 ? (
            <Empty>{t.noCourses}</Empty>
          ) : (
            <ul className="plain-list">
              {data.myCourses.map((course) => (
                <li key={course.id}>
                  <Card data-color="neutral" className="own-card">
                    <Heading level={4} data-size="2xs">
                      {course.courseTitle}
                    </Heading>
                    <div className="tags">
                      <Tag data-color="neutral">
                        {t.courseKind[course.courseKind] ?? course.courseKind}
                      </Tag>
                      <Tag data-color={course.status === 'COMPLETED' ? 'success' : 'info'}>
                        {t.enrolmentStatus[course.status] ?? course.status}
                      </Tag>
                    </div>
                    {course.hostCentreName && (
                      <Paragraph data-size="sm">{t.courseHost(course.hostCentreName)}</Paragraph>
                    )}
                    {course.sessions.length > 0 && (
                      <Table data-size="sm" className="responsive-table">
                        <caption className="visually-hidden">
                          {t.sessionsCaption(course.courseTitle)}
                        </caption>
                        <Table.Head>
                          <Table.Row>
                            <Table.HeaderCell>{t.sessionWhen}</Table.HeaderCell>
                            <Table.HeaderCell>{t.sessionWhere}</Table.HeaderCell>
                            <Table.HeaderCell>{t.sessionAttended}</Table.HeaderCell>
                          </Table.Row>
                        </Table.Head>
                        <Table.Body>
                          {course.sessions.map((s) => (
                            <Table.Row key={s.id}>
                              <Table.Cell data-label={t.sessionWhen}>
                                {formatDateTime(s.startsAt)}
                                {s.mandatory ? t.mandatory : ''}
                              </Table.Cell>
                              <Table.Cell data-label={t.sessionWhere}>
                                {s.digital ? t.digital : (s.place ?? '–')}
                              </Table.Cell>
                              <Table.Cell data-label={t.sessionAttended}>
                                {s.attended === null || s.attended === undefined
                                  ? t.notYet
                                  : s.attended
                                    ? t.attended
                                    : t.absent}
                              </Table.Cell>
                            </Table.Row>
                          ))}
                        </Table.Body>
                      </Table>
                    )}
                  </Card>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

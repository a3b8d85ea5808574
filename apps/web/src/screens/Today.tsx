import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../components/states';
import { TodayDocument } from '../graphql/operations';
import { formatDate, formatDateTime, formatRelative, texts } from '../texts';
import { proposalPath, proposalSummary } from './groups/GroupProposals';

const t = texts.today;

export function Today() {
  const { data, loading, error, refetch } = useQuery(TodayDocument);
  return (
    <>
      <PageHeading title={t.title}>{t.title}</PageHeading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && (
        <div className="today">
          <section aria-labelledby="deadlines" className="today__deadlines">
            <Heading level={2} data-size="sm" id="deadlines">
              {t.deadlinesTitle}
            </Heading>
            <Paragraph data-size="sm">{t.deadlinesIntro}</Paragraph>
            {data.inquiryDeadlines.length === 0 ? (
              <Empty>{t.noDeadlines}</Empty>
            ) : (
              <Table data-size="sm" className="responsive-table">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t.person}</Table.HeaderCell>
                    <Table.HeaderCell>{t.promise}</Table.HeaderCell>
                    <Table.HeaderCell>{t.due}</Table.HeaderCell>
                    <Table.HeaderCell>{t.status}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {data.inquiryDeadlines.map((d) => (
                    <Table.Row key={`${d.inquiry.id}-${d.promise}`}>
                      <Table.Cell data-label={t.person}>
                        <Link to={`/henvendelser/${d.inquiry.id}`}>{d.displayName}</Link>
                      </Table.Cell>
                      <Table.Cell data-label={t.promise}>
                        {d.promise === 'ANSWER' ? t.answerPromise : t.conversationPromise}
                      </Table.Cell>
                      <Table.Cell data-label={t.due}>
                        {formatDateTime(d.dueAt)}{' '}
                        <span className="relative">({formatRelative(d.dueAt)})</span>
                      </Table.Cell>
                      <Table.Cell data-label={t.status}>
                        <Tag data-color={d.overdue ? 'danger' : 'warning'}>
                          {d.overdue ? t.overdue : t.dueSoon}
                        </Tag>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </section>

          <Card className="today__card" data-color="neutral">
            <Heading level={2} data-size="sm">
              {t.waitingTitle}
            </Heading>
            {data.waitlistFigures.waiting === 0 ? (
              <Empty>{t.nobodyWaiting}</Empty>
            ) : (
              <>
                <Paragraph className="figure">
                  <Link to="/venteliste">{t.waitingCount(data.waitlistFigures.waiting)}</Link>
                </Paragraph>
                {data.waitlistFigures.longestDays !== null &&
                  data.waitlistFigures.longestDays !== undefined && (
                    <Paragraph>{t.longestWait(data.waitlistFigures.longestDays)}</Paragraph>
                  )}
                {data.waitlistFigures.medianDays !== null &&
                  data.waitlistFigures.medianDays !== undefined && (
                    <Paragraph data-size="sm">
                      {t.medianWait(data.waitlistFigures.medianDays)}
                    </Paragraph>
                  )}
              </>
            )}
          </Card>

          <Card className="today__card" data-color="neutral">
            <Heading level={2} data-size="sm">
              {t.followUpTitle}
            </Heading>
            {data.groupsNeedingFollowUp.length === 0 ? (
              <Empty>{t.noFollowUps}</Empty>
            ) : (
              <ul className="plain-list">
                {data.groupsNeedingFollowUp.map((g) => (
                  <li key={g.group.id}>
                    <Link to={`/grupper/${g.group.id}`}>{g.group.name}</Link> (
                    {texts.enums.groupStatus[g.group.status]})
                    <br />
                    {t.weeksWithout(g.weeksWithout)}.{' '}
                    {g.lastFollowUpOn
                      ? t.lastFollowUp(formatDate(g.lastFollowUpOn))
                      : t.neverFollowedUp}
                    .
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <Card className="today__card" data-color="neutral">
            <Heading level={2} data-size="sm">
              {t.proposalsTitle}
            </Heading>
            <Paragraph data-size="sm">{t.proposalsIntro}</Paragraph>
            {data.groupProposals.length === 0 ? (
              <Empty>{t.noProposals}</Empty>
            ) : (
              <ul className="plain-list">
                {data.groupProposals.map((p) => (
                  <li key={p.participants.map((x) => x.id).join()}>
                    <strong>
                      {texts.enums.weekday[p.weekday]}{' '}
                      {texts.enums.timeOfDay[p.timeOfDay].toLowerCase()},{' '}
                      {texts.enums.groupFormat[p.format].toLowerCase()}
                      {p.municipality ? `, ${p.municipality}` : ''}
                      {p.theme ? ` – ${p.theme}` : ''}
                    </strong>
                    <br />
                    {t.proposalPeople(p.participants.length)}:{' '}
                    {p.participants.map((x) => x.displayName).join(', ')}
                    <br />
                    <Link
                      to={proposalPath(p)}
                      aria-label={texts.groups.createFromProposalFor(proposalSummary(p))}
                    >
                      {texts.groups.createFromProposal}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </>
  );
}

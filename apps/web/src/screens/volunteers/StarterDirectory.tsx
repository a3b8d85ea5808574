import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { PeopleDirectoryQuery } from '../../gql/graphql';
import { PeopleDirectoryDocument } from '../../graphql/course-volunteer-operations';
import { formatDate, texts } from '../../texts';

const t = texts.starterDirectory;
type Entry = PeopleDirectoryQuery['starterDirectory'][number];

/**
 * The starter directory: who can start groups here, and what stands in the way. Assigning
 * happens on the group's page, which offers the same people for its day and time.
 */
export function StarterDirectory() {
  const { data, loading, error, refetch } = useQuery(PeopleDirectoryDocument);
  return (
    <div className="starter-directory">
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro}</Paragraph>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.starterDirectory.length === 0 ? (
          <Empty>{t.empty}</Empty>
        ) : (
          <ul className="course-list">
            {data.starterDirectory.map((entry) => (
              <DirectoryCard key={entry.staffMemberId} entry={entry} />
            ))}
          </ul>
        ))}
    </div>
  );
}

function qualificationText(q: Entry['qualification']): string {
  if (!q) return t.notQualified;
  if (!q.valid)
    return q.expiresOn ? t.qualificationExpired(formatDate(q.expiresOn)) : t.notQualified;
  return q.expiresOn ? t.qualifiedUntil(formatDate(q.expiresOn)) : t.qualifiedNoExpiry;
}

function DirectoryCard({ entry }: { entry: Entry }) {
  const v = texts.volunteers;
  const warnings = entry.warnings.map((w) => texts.groups.starterWarning[w] ?? w);
  const when = [
    ...entry.availableWeekdays.map(
      (d) => texts.enums.weekday[d as keyof typeof texts.enums.weekday] ?? d,
    ),
    ...entry.availableTimesOfDay.map(
      (d) => texts.enums.timeOfDay[d as keyof typeof texts.enums.timeOfDay]?.toLowerCase() ?? d,
    ),
  ];
  return (
    <li>
      <Card data-color="neutral" className="course-card">
        <Heading level={2} data-size="xs">
          {entry.volunteerId ? (
            <Link
              to={`/frivillige/${entry.volunteerId}`}
              aria-label={t.volunteerProfile(entry.displayName)}
            >
              {entry.displayName}
            </Link>
          ) : (
            entry.displayName
          )}
        </Heading>
        <div className="tags">
          <Tag data-color={entry.cleared ? 'success' : 'warning'}>
            {entry.cleared ? t.cleared : t.notCleared}
          </Tag>
          <Tag data-color="neutral">
            {texts.enums.role[entry.role as keyof typeof texts.enums.role] ?? entry.role}
          </Tag>
          {entry.volunteer && <Tag data-color="info">{t.volunteer}</Tag>}
        </div>
        <dl className="directory-facts">
          <dt>{t.qualification}</dt>
          <dd>{qualificationText(entry.qualification)}</dd>
          {entry.volunteer && (
            <>
              <dt>{v.police}</dt>
              <dd>
                {entry.policeCertificateValidUntil
                  ? v.policeUntil(formatDate(entry.policeCertificateValidUntil))
                  : v.missing}
              </dd>
              <dt>{v.agreement}</dt>
              <dd>
                {entry.confidentialitySignedOn
                  ? v.signedOn(formatDate(entry.confidentialitySignedOn))
                  : v.missing}
              </dd>
            </>
          )}
          {when.length > 0 && (
            <>
              <dt>{v.availability}</dt>
              <dd>{when.join(', ')}</dd>
            </>
          )}
          <dt>{t.groups}</dt>
          <dd>
            {entry.currentGroups.length === 0
              ? t.noGroups
              : entry.currentGroups.map((g, i) => (
                  <span key={g.id}>
                    {i > 0 && ', '}
                    <Link to={`/grupper/${g.id}`}>{g.name}</Link>
                  </span>
                ))}
          </dd>
          {entry.busyElsewhere.length > 0 && (
            <>
              <dt>{t.busyElsewhere}</dt>
              <dd>
                {entry.busyElsewhere
                  .map(
                    (b) =>
                      `${texts.enums.weekday[b.weekday as keyof typeof texts.enums.weekday] ?? b.weekday} ${b.startTime}`,
                  )
                  .join(', ')}
              </dd>
            </>
          )}
        </dl>
        {warnings.length > 0 && (
          <Paragraph data-size="sm" className="directory-warnings">
            {warnings.join(' · ')}
          </Paragraph>
        )}
      </Card>
    </li>
  );
}

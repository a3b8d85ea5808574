import { useQuery } from '@apollo/client/react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import { AuditEntriesDocument, StaffDocument } from '../../graphql/admin-operations';
import { formatDateTime, texts } from '../../texts';
import { AdminNav } from './AdminNav';

const t = texts.admin;

/** Who saw and changed what, newest first; field names and ids only, never personal data. */
export function AuditLog() {
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEntriesDocument, {
    variables: { offset: 0 },
  });
  // Names for the staff ids; the log itself holds ids only.
  const staff = useQuery(StaffDocument);
  const names = new Map(
    (staff.data?.staffMembers.items ?? []).map((m) => [m.userId, m.displayName]),
  );
  const [more, setMore] = useState(false);
  const page = data?.auditEntries;
  return (
    <>
      <PageHeading title={t.auditTitle}>{t.auditTitle}</PageHeading>
      <AdminNav />
      <Paragraph>{t.auditIntro}</Paragraph>
      {loading && !page && <Loading />}
      {error && !page && <LoadError error={error} retry={() => void refetch()} />}
      {page &&
        (page.items.length === 0 ? (
          <Empty>{t.noAudit}</Empty>
        ) : (
          <>
            <Paragraph data-size="sm" role="status">
              {t.auditCount(page.items.length, page.totalCount)}
            </Paragraph>
            <table className="responsive-table report-table">
              <caption className="visually-hidden">{t.auditTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.occurredAt}</th>
                  <th scope="col">{t.action}</th>
                  <th scope="col">{t.actor}</th>
                  <th scope="col">{t.participant}</th>
                  <th scope="col">{t.details}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((entry) => (
                  <tr key={entry.id}>
                    <td data-label={t.occurredAt}>{formatDateTime(entry.occurredAt)}</td>
                    <td data-label={t.action}>{t.actions[entry.action] ?? entry.action}</td>
                    <td data-label={t.actor}>
                      {entry.actorUserId
                        ? (names.get(entry.actorUserId) ?? entry.actorUserId.slice(0, 8))
                        : t.actorNone}
                    </td>
                    <td data-label={t.participant}>
                      {entry.participantId ? (
                        <Link to={`/deltakere/${entry.participantId}`}>
                          {entry.participantId.slice(0, 8)}
                        </Link>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td data-label={t.details} className="audit-details">
                      {Object.entries(entry.details)
                        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
                        .join('; ') || '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.hasMore && (
              <Button
                variant="secondary"
                disabled={more}
                onClick={() => {
                  setMore(true);
                  void fetchMore({
                    variables: { offset: page.items.length },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      auditEntries: {
                        ...fetchMoreResult.auditEntries,
                        items: [
                          ...previous.auditEntries.items,
                          ...fetchMoreResult.auditEntries.items,
                        ],
                      },
                    }),
                  }).finally(() => setMore(false));
                }}
              >
                {more ? texts.loading : t.showMore}
              </Button>
            )}
          </>
        ))}
    </>
  );
}

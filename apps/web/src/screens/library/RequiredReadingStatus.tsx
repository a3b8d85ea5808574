import { useQuery } from '@apollo/client/react';
import { Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import { RequiredReadingDocument } from '../../graphql/library-operations';
import { formatDateTime, texts } from '../../texts';
import { ReadTag } from '../self/MyReading';

const t = texts.library;

/** For coordinators: each required text and which of the centre's starters read its current version. */
export function RequiredReadingStatus() {
  const { data, loading, error, refetch } = useQuery(RequiredReadingDocument);
  return (
    <>
      <Link to="/bibliotek">{t.backToLibrary}</Link>
      <PageHeading title={t.statusTitle}>{t.statusTitle}</PageHeading>
      <Paragraph>{t.statusIntro}</Paragraph>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.requiredReading.length === 0 ? (
          <Empty>{t.noRequired}</Empty>
        ) : (
          <ul className="plain-list reading-status">
            {data.requiredReading.map(({ material, readers }) => {
              const read = readers.filter((r) => r.readCurrentVersion).length;
              return (
                <li key={material.id}>
                  <Card data-color="neutral" className="own-card">
                    <Heading level={2} data-size="xs">
                      <Link to={`/bibliotek/${material.id}`}>{material.current.title}</Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      {texts.self.readCount(read, readers.length)}
                    </Paragraph>
                    {readers.length === 0 ? (
                      <Empty>{t.noStarters}</Empty>
                    ) : (
                      <Table data-size="sm" className="responsive-table">
                        <caption className="visually-hidden">{material.current.title}</caption>
                        <Table.Head>
                          <Table.Row>
                            <Table.HeaderCell>{t.reader}</Table.HeaderCell>
                            <Table.HeaderCell>{t.readState}</Table.HeaderCell>
                          </Table.Row>
                        </Table.Head>
                        <Table.Body>
                          {readers.map((r, i) => (
                            <Table.Row key={`${r.displayName}-${i}`}>
                              <Table.Cell data-label={t.reader}>{r.displayName}</Table.Cell>
                              <Table.Cell data-label={t.readState}>
                                <ReadTag
                                  read={r.readCurrentVersion}
                                  readBefore={Boolean(r.readAt)}
                                />
                                {r.readAt && (
                                  <span className="relative">
                                    {' '}
                                    {t.readAt(formatDateTime(r.readAt))}
                                  </span>
                                )}
                              </Table.Cell>
                            </Table.Row>
                          ))}
                        </Table.Body>
                      </Table>
                    )}
                  </Card>
                </li>
              );
            })}
          </ul>
        ))}
    </>
  );
}

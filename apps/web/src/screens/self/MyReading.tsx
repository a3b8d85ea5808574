import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading } from '../../components/states';
import { MyReadingDocument } from '../../graphql/self-operations';
import { texts } from '../../texts';

const t = texts.self;

/** What the centre asks this person to read: unread first, each a link to the text. */
export function MyReading() {
  const { data, loading, error, refetch } = useQuery(MyReadingDocument);
  const items = [...(data?.myRequiredReading ?? [])]
    .map((r) => ({ material: r.material, me: r.readers[0] }))
    .sort(
      (a, b) =>
        Number(a.me?.readCurrentVersion ?? false) - Number(b.me?.readCurrentVersion ?? false),
    );
  const read = items.filter((i) => i.me?.readCurrentVersion).length;
  return (
    <section aria-labelledby="my-reading-title" className="own-section">
      <Heading level={2} data-size="sm" id="my-reading-title">
        {t.readingTitle}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (items.length === 0 ? (
          <Empty>{t.noReading}</Empty>
        ) : (
          <>
            <Paragraph data-size="sm">{t.readCount(read, items.length)}</Paragraph>
            <ul className="plain-list reading-list">
              {items.map(({ material, me }) => (
                <li key={material.id}>
                  <Link to={`/bibliotek/${material.id}`}>{material.current.title}</Link>{' '}
                  <ReadTag
                    read={me?.readCurrentVersion ?? false}
                    readBefore={Boolean(me?.readAt)}
                  />
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

export function ReadTag({ read, readBefore }: { read: boolean; readBefore: boolean }) {
  if (read) return <Tag data-color="success">{t.read}</Tag>;
  return <Tag data-color="warning">{readBefore ? t.readOld : t.unread}</Tag>;
}

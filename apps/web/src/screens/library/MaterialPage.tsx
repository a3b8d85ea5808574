import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { LoadError, Loading, PageHeading } from '../../components/states';
import { Markdown } from '../../components/Markdown';
import type { MaterialQuery } from '../../gql/graphql';
import { messageOf } from '../../graphql/errors';
import {
  MarkReadDocument,
  MaterialAttachmentDocument,
  MaterialDocument,
} from '../../graphql/library-operations';
import { STAFF } from '../../navigation';
import { useSession } from '../../session/session';
import { formatDate, formatDateTime, texts } from '../../texts';
import { AuthorTools } from './AuthorTools';

const t = texts.library;

/** One material to read: the version readers see, its files, and "I have read this". */
export function MaterialPage() {
  const { id = '' } = useParams();
  const { me } = useSession();
  const { data, loading, error, refetch } = useQuery(MaterialDocument, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (!data) {
    const missing =
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'NOT_FOUND');
    return (
      <>
        <PageHeading title={t.title}>{t.title}</PageHeading>
        {missing ? (
          <Alert data-color="warning">
            <Paragraph>{t.notFound}</Paragraph>
          </Alert>
        ) : (
          <LoadError error={error} retry={() => void refetch()} />
        )}
        <Link to="/bibliotek">{t.backToLibrary}</Link>
      </>
    );
  }
  const material = data.material;
  const required = data.myRequiredReading.find((r) => r.material.id === material.id);
  const staff = Boolean(me?.activeRole && STAFF.includes(me.activeRole));
  return (
    <article className="material">
      <Link to="/bibliotek">{t.backToLibrary}</Link>
      <PageHeading title={material.current.title}>{material.current.title}</PageHeading>
      <div className="tags">
        <Tag data-color={material.scope === 'NATIONAL' ? 'info' : 'neutral'}>
          {t.scope[material.scope] ?? material.scope}
        </Tag>
        {!material.published && <Tag data-color="warning">{t.draft}</Tag>}
        {required && <Tag data-color="warning">{t.required}</Tag>}
      </div>
      <Paragraph data-size="sm" className="relative">
        {t.versionOf(material.current.version, formatDate(material.current.createdAt.slice(0, 10)))}
      </Paragraph>
      {material.current.summary && (
        <Paragraph className="material__summary">{material.current.summary}</Paragraph>
      )}
      <Markdown text={material.current.bodyMarkdown} />
      {material.attachments.length > 0 && <Attachments attachments={material.attachments} />}
      {required && <ReadReceipt materialId={material.id} reader={required.readers[0] ?? null} />}
      {(material.editable || staff) && (
        <AuthorTools material={material} onChanged={() => void refetch()} />
      )}
    </article>
  );
}

type Reader = MaterialQuery['myRequiredReading'][number]['readers'][number];

function ReadReceipt({ materialId, reader }: { materialId: string; reader: Reader | null }) {
  const [mark, { loading, error }] = useMutation(MarkReadDocument, {
    refetchQueries: ['Material', 'MyReading'],
    awaitRefetchQueries: true,
  });
  const [done, setDone] = useState(false);
  if (reader?.readCurrentVersion && reader.readAt) {
    return (
      <Alert data-color="success" className="read-receipt">
        <Paragraph role={done ? 'status' : undefined}>
          {done ? `${t.markedRead} ` : ''}
          {t.youRead(formatDateTime(reader.readAt))}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert data-color="info" className="read-receipt">
      <Paragraph>{t.mustRead}</Paragraph>
      {error && <Paragraph role="alert">{messageOf(error)}</Paragraph>}
      <Button
        disabled={loading}
        onClick={() =>
          void mark({ variables: { id: materialId } }).then(
            () => setDone(true),
            () => undefined,
          )
        }
      >
        {loading ? texts.saving : t.markRead}
      </Button>
    </Alert>
  );
}

type AttachmentRow = MaterialQuery['material']['attachments'][number];

export function fileSize(bytes: number): string {
  const format = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} kB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
}

/**
 * Files are offered as downloads only, never shown in the page (the API's advice): the content
 * becomes a Blob saved through a temporary `<a download>`.
 */
function Attachments({ attachments }: { attachments: readonly AttachmentRow[] }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function download(id: string) {
    setBusy(id);
    setProblem(null);
    try {
      const { data } = await client.query({
        query: MaterialAttachmentDocument,
        variables: { id },
        fetchPolicy: 'no-cache',
      });
      if (!data) return;
      const file = data.materialAttachment;
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="attachments-title" className="own-section">
      <Heading level={2} data-size="xs" id="attachments-title">
        {t.attachments}
      </Heading>
      {problem && (
        <Paragraph role="alert" className="header-error">
          {problem}
        </Paragraph>
      )}
      <ul className="plain-list">
        {attachments.map((a) => (
          <li key={a.id}>
            <Button
              variant="tertiary"
              data-size="sm"
              disabled={busy === a.id}
              onClick={() => void download(a.id)}
            >
              {busy === a.id ? t.downloading : t.download(a.fileName, fileSize(a.sizeBytes))}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ChangeEvent, useState } from 'react';
import { Link } from 'react-router';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Markdown } from '../../components/Markdown';
import { LoadError, Loading } from '../../components/states';
import type { MaterialQuery } from '../../gql/graphql';
import { messageOf } from '../../graphql/errors';
import {
  AddAttachmentDocument,
  MaterialHistoryDocument,
  PublishMaterialDocument,
  RequiredReadingDocument,
  RequireMaterialDocument,
  RollbackMaterialDocument,
  UnpublishMaterialDocument,
  UnrequireMaterialDocument,
} from '../../graphql/library-operations';
import { formatDateTime, texts } from '../../texts';

const t = texts.library;
const MAX_BYTES = 5 * 1024 * 1024;

type Material = MaterialQuery['material'];

/**
 * What an author does with a material: edit, publish or take it down, attach files, read and
 * bring back earlier versions; and what any coordinator does with published material, national
 * too: ask the centre's starters to read it.
 */
export function AuthorTools({
  material,
  onChanged,
}: {
  material: Material;
  onChanged: () => void;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);
  const done = (message: string) => {
    setProblem(null);
    setNotice(message);
    onChanged();
  };
  const failed = (error: unknown) => {
    setNotice(null);
    setProblem(messageOf(error));
  };
  const [publish, publishing] = useMutation(PublishMaterialDocument);
  const [unpublish, unpublishing] = useMutation(UnpublishMaterialDocument);
  return (
    <section aria-labelledby="author-tools-title" className="author-tools">
      <Heading level={2} data-size="sm" id="author-tools-title">
        {material.editable ? t.authorTools : t.centreTools}
      </Heading>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger">
          <Paragraph role="alert">{problem}</Paragraph>
        </Alert>
      )}
      <div className="own-actions">
        {material.editable && (
          <>
            <Button asChild variant="secondary">
              <Link to={`/bibliotek/${material.id}/rediger`}>{t.edit}</Link>
            </Button>
            {!material.latestPublished && (
              <Button
                disabled={publishing.loading}
                onClick={() =>
                  void publish({ variables: { id: material.id } }).then(
                    () => done(t.published),
                    failed,
                  )
                }
              >
                {t.publish}
              </Button>
            )}
            {material.published && (
              <Button variant="secondary" onClick={() => setConfirmUnpublish(true)}>
                {t.unpublish}
              </Button>
            )}
          </>
        )}
        {material.published && (
          <RequireToggle materialId={material.id} done={done} failed={failed} />
        )}
      </div>
      {material.editable && (
        <>
          <AddAttachment materialId={material.id} done={done} failed={failed} />
          <History material={material} done={done} failed={failed} />
        </>
      )}
      <ConfirmDialog
        open={confirmUnpublish}
        title={t.unpublish}
        confirm={t.unpublish}
        busy={unpublishing.loading && texts.saving}
        onConfirm={() =>
          void unpublish({ variables: { id: material.id } })
            .then(() => done(t.unpublished), failed)
            .finally(() => setConfirmUnpublish(false))
        }
        onCancel={() => setConfirmUnpublish(false)}
      >
        <Paragraph>{t.unpublishConfirm}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}

interface Outcome {
  done: (message: string) => void;
  failed: (error: unknown) => void;
}

function RequireToggle({ materialId, done, failed }: { materialId: string } & Outcome) {
  const { data } = useQuery(RequiredReadingDocument);
  const options = { refetchQueries: ['RequiredReading', 'MyReading'] };
  const [require, requiring] = useMutation(RequireMaterialDocument, options);
  const [unrequire, unrequiring] = useMutation(UnrequireMaterialDocument, options);
  if (!data) return null;
  const required = data.requiredReading.some((r) => r.material.id === materialId);
  return required ? (
    <Button
      variant="secondary"
      disabled={unrequiring.loading}
      onClick={() =>
        void unrequire({ variables: { id: materialId } }).then(() => done(t.notRequiredNow), failed)
      }
    >
      {t.unrequireIt}
    </Button>
  ) : (
    <Button
      variant="secondary"
      disabled={requiring.loading}
      onClick={() =>
        void require({ variables: { id: materialId } }).then(() => done(t.requiredNow), failed)
      }
    >
      {t.requireIt}
    </Button>
  );
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function AddAttachment({ materialId, done, failed }: { materialId: string } & Outcome) {
  const [add, { loading }] = useMutation(AddAttachmentDocument);
  const [tooBig, setTooBig] = useState(false);

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setTooBig(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return;
    try {
      const contentBase64 = await readAsBase64(file);
      await add({
        variables: {
          input: {
            materialId,
            fileName: file.name,
            contentType: file.type || 'application/octet-stream',
            contentBase64,
          },
        },
      });
      done(t.attachmentAdded(file.name));
    } catch (error) {
      failed(error);
    } finally {
      input.value = '';
    }
  }

  return (
    <div className="attachment-upload">
      <label htmlFor="attachment-file" className="ds-label">
        {t.addAttachment}
      </label>
      <Paragraph data-size="sm" id="attachment-hint">
        {loading ? t.uploading : t.attachmentHint}
      </Paragraph>
      <input
        id="attachment-file"
        type="file"
        aria-describedby="attachment-hint"
        accept=".pdf,.png,.jpg,.jpeg,.txt,.docx,.pptx"
        disabled={loading}
        onChange={(e) => void chosen(e)}
      />
      {tooBig && (
        <Paragraph role="alert" className="header-error">
          {t.attachmentTooBig}
        </Paragraph>
      )}
    </div>
  );
}

function History({ material, done, failed }: { material: Material } & Outcome) {
  const { data, loading, error, refetch } = useQuery(MaterialHistoryDocument, {
    variables: { id: material.id },
  });
  const [open, setOpen] = useState<number | null>(null);
  const [asking, setAsking] = useState<number | null>(null);
  const [rollback, rolling] = useMutation(RollbackMaterialDocument, {
    refetchQueries: ['MaterialHistory'],
  });
  return (
    <div className="history">
      <Heading level={3} data-size="xs">
        {t.historyTitle}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      <ul className="plain-list">
        {data?.materialHistory.map((v) => (
          <li key={v.id}>
            <Card data-color="neutral" className="own-card">
              <Paragraph data-size="sm">
                <strong>{t.version(v.version)}</strong>
                {v.version === material.latestVersion ? ` (${t.current})` : ''}
                {` · ${formatDateTime(v.createdAt)} · ${v.title}`}
              </Paragraph>
              <div className="own-actions">
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-expanded={open === v.version}
                  onClick={() => setOpen(open === v.version ? null : v.version)}
                >
                  {open === v.version ? t.hideVersion(v.version) : t.showVersion(v.version)}
                </Button>
                {v.version !== material.latestVersion && (
                  <Button variant="secondary" data-size="sm" onClick={() => setAsking(v.version)}>
                    {t.rollback(v.version)}
                  </Button>
                )}
              </div>
              {open === v.version && (
                <div className="version-body">
                  <Markdown text={v.bodyMarkdown} headingOffset={3} />
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={asking !== null}
        title={asking !== null ? t.rollback(asking) : ''}
        confirm={asking !== null ? t.rollback(asking) : ''}
        busy={rolling.loading && texts.saving}
        onConfirm={() => {
          const version = asking;
          if (version === null) return;
          void rollback({ variables: { input: { id: material.id, version } } })
            .then(() => done(t.rolledBack(version)), failed)
            .finally(() => setAsking(null));
        }}
        onCancel={() => setAsking(null)}
      >
        <Paragraph>{asking !== null ? t.rollbackConfirm(asking) : ''}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}

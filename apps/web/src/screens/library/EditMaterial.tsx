import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Paragraph,
  Textarea,
  Textfield,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { FormErrors, fieldId } from '../../components/form-errors';
import { Markdown } from '../../components/Markdown';
import { LoadError, Loading, PageHeading } from '../../components/states';
import { formProblems, type FormProblems } from '../../graphql/errors';
import {
  CreateMaterialDocument,
  EditMaterialDocument,
  MaterialDocument,
} from '../../graphql/library-operations';
import type { Me } from '../../session/session';
import { texts } from '../../texts';

const t = texts.library;
const ID = 'material';
const NATIONAL_OFFICE = 'selvhjelp-norge';
const LABELS: Record<string, string> = {
  title: t.fieldTitle,
  summary: t.fieldSummary,
  tags: t.fieldTags,
  bodyMarkdown: t.fieldBody,
};

export interface MaterialDraft {
  title: string;
  summary: string;
  tags: string;
  bodyMarkdown: string;
}

export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export function NewMaterial({ me }: { me: Me }) {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateMaterialDocument, {
    refetchQueries: ['Materials'],
  });
  const national = me.activeCentre?.slug === NATIONAL_OFFICE;
  return (
    <>
      <PageHeading title={t.newTitle}>{t.newTitle}</PageHeading>
      <Paragraph>{national ? t.nationalNote : t.centreNote(me.activeCentre?.name ?? '')}</Paragraph>
      <MaterialForm
        initial={{ title: '', summary: '', tags: '', bodyMarkdown: '' }}
        withTags
        busy={loading}
        submitLabel={t.save}
        onSave={async (draft) => {
          const { data } = await create({
            variables: {
              input: {
                title: draft.title.trim(),
                summary: draft.summary.trim(),
                tags: tagsOf(draft.tags),
                bodyMarkdown: draft.bodyMarkdown,
              },
            },
          });
          if (data) void navigate(`/bibliotek/${data.createMaterial.id}`);
        }}
      />
    </>
  );
}

export function EditMaterial() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MaterialDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [edit, saving] = useMutation(EditMaterialDocument, {
    refetchQueries: ['Material', 'MaterialHistory', 'Materials'],
  });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadError error={error} retry={() => void refetch()} />;
  const current = data.material.current;
  return (
    <>
      <Link to={`/bibliotek/${id}`}>{texts.library.backToLibrary}</Link>
      <PageHeading title={t.editTitle(current.title)}>{t.editTitle(current.title)}</PageHeading>
      <MaterialForm
        initial={{
          title: current.title,
          summary: current.summary,
          tags: '',
          bodyMarkdown: current.bodyMarkdown,
        }}
        busy={saving.loading}
        submitLabel={t.saveVersion}
        onSave={async (draft) => {
          await edit({
            variables: {
              input: {
                id,
                title: draft.title.trim(),
                summary: draft.summary.trim(),
                bodyMarkdown: draft.bodyMarkdown,
              },
            },
          });
          void navigate(`/bibliotek/${id}`);
        }}
      />
    </>
  );
}

/** Title, summary and Markdown text, with a preview rendered as readers will see it. */
function MaterialForm({
  initial,
  withTags = false,
  busy,
  submitLabel,
  onSave,
}: {
  initial: MaterialDraft;
  withTags?: boolean;
  busy: boolean;
  submitLabel: string;
  onSave: (draft: MaterialDraft) => Promise<void>;
}) {
  const [draft, setDraft] = useState(initial);
  const [previewing, setPreviewing] = useState(false);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const id = (field: string) => fieldId(ID, field);
  const set = (key: keyof MaterialDraft, value: string) => setDraft({ ...draft, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.title.trim().length === 0) {
      return setProblems({ fields: { title: t.titleRequired }, message: null });
    }
    try {
      await onSave(draft);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form material-form">
      <FormErrors {...problems} idPrefix={ID} labels={LABELS} />
      <Textfield
        id={id('title')}
        label={t.fieldTitle}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={problems.fields['title']}
      />
      <Textfield
        id={id('summary')}
        label={t.fieldSummary}
        description={t.fieldSummaryHint}
        value={draft.summary}
        onChange={(e) => set('summary', e.target.value)}
        error={problems.fields['summary']}
      />
      {withTags && (
        <Textfield
          id={id('tags')}
          label={t.fieldTags}
          description={t.fieldTagsHint}
          value={draft.tags}
          onChange={(e) => set('tags', e.target.value)}
          error={problems.fields['tags']}
        />
      )}
      <div className="own-actions" role="group" aria-label={t.fieldBody}>
        <Button
          variant={previewing ? 'tertiary' : 'secondary'}
          data-size="sm"
          aria-pressed={!previewing}
          onClick={() => setPreviewing(false)}
        >
          {t.write}
        </Button>
        <Button
          variant={previewing ? 'secondary' : 'tertiary'}
          data-size="sm"
          aria-pressed={previewing}
          onClick={() => setPreviewing(true)}
        >
          {t.preview}
        </Button>
      </div>
      {previewing ? (
        <Card data-color="neutral" className="material-preview" aria-label={t.preview}>
          {draft.bodyMarkdown.trim() ? (
            <Markdown text={draft.bodyMarkdown} />
          ) : (
            <Paragraph className="empty">{t.previewEmpty}</Paragraph>
          )}
        </Card>
      ) : (
        <Field>
          <Label htmlFor={id('bodyMarkdown')}>{t.fieldBody}</Label>
          <Paragraph data-size="sm" id={`${id('bodyMarkdown')}-hint`}>
            {t.fieldBodyHint}
          </Paragraph>
          <Textarea
            id={id('bodyMarkdown')}
            rows={16}
            aria-describedby={`${id('bodyMarkdown')}-hint`}
            value={draft.bodyMarkdown}
            onChange={(e) => set('bodyMarkdown', e.target.value)}
            aria-invalid={problems.fields['bodyMarkdown'] ? true : undefined}
          />
          {problems.fields['bodyMarkdown'] && (
            <ValidationMessage>{problems.fields['bodyMarkdown']}</ValidationMessage>
          )}
        </Field>
      )}
      <div className="own-actions">
        <Button type="submit" disabled={busy}>
          {busy ? texts.saving : submitLabel}
        </Button>
        <Button asChild variant="tertiary">
          <Link to="/bibliotek">{t.cancel}</Link>
        </Button>
      </div>
    </form>
  );
}

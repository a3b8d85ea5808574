import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { FormErrors, fieldId } from '../../components/form-errors';
import { LoadError, Loading, PageHeading } from '../../components/states';
import type { SurveyFieldsFragment, SurveyQuestionKind } from '../../gql/graphql';
import { formProblems, type FormProblems } from '../../graphql/errors';
import {
  CreateSurveyDocument,
  SurveyCentresDocument,
  SurveyDocument,
  SurveysDocument,
  UpdateSurveyDocument,
} from '../../graphql/survey-operations';
import { texts } from '../../texts';
import { todayInOslo } from '../groups/group-format';

const t = texts.surveys;
const ID = 'survey';
const KINDS: SurveyQuestionKind[] = ['SCALE', 'SINGLE', 'MULTIPLE', 'TEXT'];

interface QuestionDraft {
  kind: SurveyQuestionKind;
  text: string;
  options: string;
  required: boolean;
}

interface Draft {
  title: string;
  intro: string;
  opensOn: string;
  closesOn: string;
  minAnswers: string;
  centreIds: string[];
  questions: QuestionDraft[];
}

function inDays(days: number): string {
  return todayInOslo(new Date(Date.now() + days * 86_400_000));
}

function draftOf(survey?: SurveyFieldsFragment): Draft {
  if (!survey) {
    return {
      title: '',
      intro: '',
      opensOn: todayInOslo(),
      closesOn: inDays(21),
      minAnswers: '',
      centreIds: [],
      questions: [{ kind: 'SCALE', text: '', options: '', required: true }],
    };
  }
  return {
    title: survey.title,
    intro: survey.intro,
    opensOn: survey.opensOn,
    closesOn: survey.closesOn,
    minAnswers: survey.minAnswers === null ? '' : String(survey.minAnswers),
    centreIds: survey.participatingCentres.map((c) => c.id),
    questions: survey.questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      options: q.options.join('\n'),
      required: q.required,
    })),
  };
}

/** Create a survey, or change one that has not opened (route `/undersokelser/:id/endre`). */
export function SurveyForm() {
  const { id } = useParams();
  const existing = useQuery(SurveyDocument, { variables: { id: id ?? '' }, skip: !id });
  if (id && existing.loading) return <Loading />;
  if (id && existing.error) return <LoadError error={existing.error} />;
  return <SurveyFormBody survey={existing.data?.survey} />;
}

function SurveyFormBody({ survey }: { survey?: SurveyFieldsFragment }) {
  const navigate = useNavigate();
  // Only the national office gets centres to choose from: its surveys are national.
  const centres = useQuery(SurveyCentresDocument);
  const national = (centres.data?.surveyCentres.length ?? 0) > 0;
  const [draft, setDraft] = useState<Draft>(() => draftOf(survey));
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [create, created] = useMutation(CreateSurveyDocument, {
    refetchQueries: [SurveysDocument],
  });
  const [update, updated] = useMutation(UpdateSurveyDocument);
  const saving = created.loading || updated.loading;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setQuestion = (index: number, change: Partial<QuestionDraft>) =>
    setDraft((d) => ({
      ...d,
      questions: d.questions.map((q, i) => (i === index ? { ...q, ...change } : q)),
    }));
  const error = (field: string) => problems.fields[field];
  const id = (field: string) => fieldId(ID, field);
  const title = survey ? t.editTitle : t.createTitle;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblems({ fields: {}, message: null });
    const input = {
      title: draft.title,
      intro: draft.intro,
      opensOn: draft.opensOn,
      closesOn: draft.closesOn,
      minAnswers: draft.minAnswers.trim() === '' ? null : Number(draft.minAnswers),
      centreIds: national ? draft.centreIds : null,
      questions: draft.questions.map((q) => ({
        kind: q.kind,
        text: q.text,
        required: q.required,
        options:
          q.kind === 'SINGLE' || q.kind === 'MULTIPLE'
            ? q.options
                .split('\n')
                .map((o) => o.trim())
                .filter(Boolean)
            : [],
      })),
    };
    try {
      const result = survey
        ? (await update({ variables: { input: { ...input, id: survey.id } } })).data?.updateSurvey
        : (await create({ variables: { input } })).data?.createSurvey;
      if (result) void navigate(`/undersokelser/${result.id}`);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  const labels: Record<string, string> = {
    title: t.title,
    intro: t.intro,
    opensOn: t.opensOn,
    closesOn: t.closesOn,
    minAnswers: t.minAnswers,
    centreIds: t.centres,
  };
  draft.questions.forEach((_, i) => {
    labels[`questions.${i}.text`] = t.question(i + 1);
    labels[`questions.${i}.options`] = `${t.question(i + 1)}: ${t.options}`;
  });

  return (
    <section className="survey-form">
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph data-size="sm">{t.editable}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={labels}
          idPrefix={ID}
        />
        <Textfield
          id={id('title')}
          label={t.title}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          error={error('title')}
          autoComplete="off"
        />
        <Textfield
          id={id('intro')}
          label={t.intro}
          description={t.introHint}
          multiline
          rows={3}
          value={draft.intro}
          onChange={(e) => set('intro', e.target.value)}
          error={error('intro')}
        />
        <div className="two-columns">
          <Textfield
            id={id('opensOn')}
            label={t.opensOn}
            type="date"
            value={draft.opensOn}
            onChange={(e) => set('opensOn', e.target.value)}
            error={error('opensOn')}
          />
          <Textfield
            id={id('closesOn')}
            label={t.closesOn}
            type="date"
            value={draft.closesOn}
            onChange={(e) => set('closesOn', e.target.value)}
            error={error('closesOn')}
          />
        </div>
        <Textfield
          id={id('minAnswers')}
          label={t.minAnswers}
          description={t.minAnswersHint}
          inputMode="numeric"
          value={draft.minAnswers}
          onChange={(e) => set('minAnswers', e.target.value)}
          error={error('minAnswers')}
        />
        {national && (
          <Fieldset id={id('centreIds')}>
            <Fieldset.Legend>{t.centres}</Fieldset.Legend>
            <Fieldset.Description>{t.centresHint}</Fieldset.Description>
            <div className="choices">
              {centres.data?.surveyCentres.map((centre) => (
                <Checkbox
                  key={centre.id}
                  label={centre.name}
                  checked={draft.centreIds.includes(centre.id)}
                  onChange={(e) =>
                    set(
                      'centreIds',
                      e.target.checked
                        ? [...draft.centreIds, centre.id]
                        : draft.centreIds.filter((c) => c !== centre.id),
                    )
                  }
                />
              ))}
            </div>
            {error('centreIds') && <ValidationMessage>{error('centreIds')}</ValidationMessage>}
          </Fieldset>
        )}

        <Fieldset>
          <Fieldset.Legend>{t.questions}</Fieldset.Legend>
          {draft.questions.map((question, index) => (
            <Card key={index} data-color="neutral" className="survey-question-card">
              <Textfield
                id={id(`questions.${index}.text`)}
                label={t.question(index + 1)}
                value={question.text}
                onChange={(e) => setQuestion(index, { text: e.target.value })}
                error={error(`questions.${index}.text`)}
                autoComplete="off"
              />
              <Field>
                <Label htmlFor={id(`questions.${index}.kind`)}>{t.questionKind}</Label>
                <Select
                  id={id(`questions.${index}.kind`)}
                  value={question.kind}
                  onChange={(e) =>
                    setQuestion(index, { kind: e.target.value as SurveyQuestionKind })
                  }
                >
                  {KINDS.map((kind) => (
                    <Select.Option key={kind} value={kind}>
                      {t.kind[kind]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              {(question.kind === 'SINGLE' || question.kind === 'MULTIPLE') && (
                <Textfield
                  id={id(`questions.${index}.options`)}
                  label={t.options}
                  multiline
                  rows={4}
                  value={question.options}
                  onChange={(e) => setQuestion(index, { options: e.target.value })}
                  error={error(`questions.${index}.options`)}
                />
              )}
              <Checkbox
                label={t.required}
                checked={question.required}
                onChange={(e) => setQuestion(index, { required: e.target.checked })}
              />
              {draft.questions.length > 1 && (
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() =>
                    set(
                      'questions',
                      draft.questions.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t.removeQuestion} ({index + 1})
                </Button>
              )}
            </Card>
          ))}
          <Button
            type="button"
            variant="secondary"
            onClick={() =>
              set('questions', [
                ...draft.questions,
                { kind: 'SCALE', text: '', options: '', required: false },
              ])
            }
          >
            {t.addQuestion}
          </Button>
        </Fieldset>
        <div className="form-actions">
          <Button type="submit" disabled={saving}>
            {saving ? texts.saving : t.save}
          </Button>
          <Button asChild variant="tertiary">
            <Link to={survey ? `/undersokelser/${survey.id}` : '/undersokelser'}>{t.cancel}</Link>
          </Button>
        </div>
      </form>
    </section>
  );
}

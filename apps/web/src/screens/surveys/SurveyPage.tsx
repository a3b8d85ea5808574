import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Heading,
  Paragraph,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors, fieldId } from '../../components/form-errors';
import { LoadError, Loading, PageHeading } from '../../components/states';
import type { IssueSurveyCodesMutation } from '../../gql/graphql';
import { formProblems, type FormProblems, messageOf } from '../../graphql/errors';
import {
  CloseSurveyDocument,
  IssueSurveyCodesDocument,
  SurveyDocument,
} from '../../graphql/survey-operations';
import { formatDate, texts } from '../../texts';
import { STATUS_COLOUR } from './Surveys';

const t = texts.surveys;
const ID = 'codes';

/** The answering link of a code: in the fragment, so it reaches no server log. */
export function answerLink(code: string, origin = window.location.origin): string {
  return `${origin}/svar#kode=${code}`;
}

/** A survey: what it asks, the codes this centre has handed out, new codes, close it. */
export function SurveyPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SurveyDocument, { variables: { id } });
  const [close, closing] = useMutation(CloseSurveyDocument);
  const [confirmClose, setConfirmClose] = useState(false);
  const [closeError, setCloseError] = useState<string | null>(null);
  if (loading && !data) return <Loading />;
  if (!data) return <LoadError error={error} retry={() => void refetch()} />;
  const survey = data.survey;

  return (
    <section className="survey-page">
      <PageHeading title={survey.title}>{survey.title}</PageHeading>
      <div className="survey-card__tags">
        <Tag data-color={STATUS_COLOUR[survey.status]}>{t.status[survey.status]}</Tag>
        {survey.national && <Tag data-color="accent">{t.national}</Tag>}
      </div>
      <Paragraph>
        {t.period(formatDate(survey.opensOn), formatDate(survey.closesOn))}.{' '}
        {t.minimum(survey.minAnswers)}
        {!survey.ownedHere && ` ${t.ownedBy(survey.ownerName)}.`}
      </Paragraph>
      <div className="board-actions">
        <Button asChild>
          <Link to={`/undersokelser/${survey.id}/resultater`}>{t.results}</Link>
        </Button>
        {survey.ownedHere && survey.status === 'PLANNED' && (
          <Button asChild variant="secondary">
            <Link to={`/undersokelser/${survey.id}/endre`}>{t.edit}</Link>
          </Button>
        )}
        {survey.ownedHere && survey.status !== 'CLOSED' && (
          <Button
            variant="secondary"
            onClick={() => setConfirmClose(true)}
            disabled={closing.loading}
          >
            {t.close}
          </Button>
        )}
      </div>
      {closeError && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{closeError}</Paragraph>
        </Alert>
      )}
      <ConfirmDialog
        open={confirmClose}
        title={t.close}
        confirm={t.close}
        onCancel={() => setConfirmClose(false)}
        onConfirm={() => {
          setConfirmClose(false);
          close({ variables: { id: survey.id } }).then(
            () => setCloseError(null),
            (failure: unknown) => setCloseError(messageOf(failure)),
          );
        }}
      >
        {t.closeConfirm}
      </ConfirmDialog>

      {survey.national && (
        <>
          <Heading level={2} data-size="sm">
            {t.participating}
          </Heading>
          <Paragraph>{survey.participatingCentres.map((c) => c.name).join(', ')}</Paragraph>
        </>
      )}

      <Heading level={2} data-size="sm">
        {t.questions}
      </Heading>
      <ol className="survey-questions">
        {survey.questions.map((q) => (
          <li key={q.id}>
            {q.text}{' '}
            <span className="relative">
              ({t.kind[q.kind]}
              {q.required ? `, ${t.required.toLowerCase()}` : ''})
            </span>
            {q.options.length > 0 && <span className="relative"> – {q.options.join(' / ')}</span>}
          </li>
        ))}
      </ol>

      {survey.status !== 'CLOSED' &&
        (survey.national && survey.ownedHere ? (
          <Paragraph>{t.nationalNoCodes}</Paragraph>
        ) : (
          <IssueCodes surveyId={survey.id} title={survey.title} onIssued={() => void refetch()} />
        ))}

      {!(survey.national && survey.ownedHere) && (
        <>
          <Heading level={2} data-size="sm">
            {t.batches}
          </Heading>
          {survey.batches.length === 0 ? (
            <Paragraph>{t.noBatches}</Paragraph>
          ) : (
            <ul>
              {survey.batches.map((b) => (
                <li key={b.id}>{t.batchLine(b.size, b.issuedWeek, b.label ?? null)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

type Issued = IssueSurveyCodesMutation['issueSurveyCodes'];

function IssueCodes({
  surveyId,
  title,
  onIssued,
}: {
  surveyId: string;
  title: string;
  onIssued: () => void;
}) {
  const [size, setSize] = useState('10');
  const [label, setLabel] = useState('');
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [issued, setIssued] = useState<Issued | null>(null);
  const [copied, setCopied] = useState(false);
  const [issue, issuing] = useMutation(IssueSurveyCodesDocument);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblems({ fields: {}, message: null });
    setCopied(false);
    try {
      const result = await issue({
        variables: { input: { surveyId, size: Number(size), label: label.trim() || null } },
      });
      if (result.data) {
        setIssued(result.data.issueSurveyCodes);
        onIssued();
      }
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Card data-color="neutral" className="survey-issue">
      <Heading level={2} data-size="sm">
        {t.issueTitle}
      </Heading>
      <Paragraph data-size="sm">{t.issueIntro}</Paragraph>
      <Alert data-color="info">
        <Paragraph data-size="sm">{t.consentReminder}</Paragraph>
      </Alert>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormErrors
          fields={problems.fields}
          message={problems.message}
          labels={{ size: t.size, label: t.label }}
          idPrefix={ID}
        />
        <div className="two-columns">
          <Textfield
            id={fieldId(ID, 'size')}
            label={t.size}
            inputMode="numeric"
            value={size}
            onChange={(e) => setSize(e.target.value)}
            error={problems.fields['size']}
          />
          <Textfield
            id={fieldId(ID, 'label')}
            label={t.label}
            description={t.labelHint}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            error={problems.fields['label']}
            autoComplete="off"
          />
        </div>
        <Button type="submit" disabled={issuing.loading}>
          {issuing.loading ? texts.saving : t.issue}
        </Button>
      </form>
      {issued && (
        <div className="survey-issued">
          <Alert data-color="success" role="status">
            <Paragraph>{t.issued(issued.codes.length)}</Paragraph>
          </Alert>
          <div className="board-actions">
            <Button onClick={() => window.print()}>{t.print}</Button>
            <Button
              variant="secondary"
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(issued.codes.map((code) => answerLink(code)).join('\n'))
                  .then(() => setCopied(true))
              }
            >
              {t.copyLinks}
            </Button>
          </div>
          {copied && <Paragraph role="status">{t.copied}</Paragraph>}
          <Slips title={title} codes={issued.codes} />
        </div>
      )}
    </Card>
  );
}

/** One slip per code, to cut out: the print style shows only these. */
function Slips({ title, codes }: { title: string; codes: string[] }) {
  const address = `${window.location.host}/svar`;
  return (
    <ul className="survey-slips" aria-label={t.print}>
      {codes.map((code) => (
        <li key={code} className="survey-slip">
          <p className="survey-slip__title">
            {t.slipTitle}: {title}
          </p>
          <p>{t.slipHow}</p>
          <p className="survey-slip__address">{address}</p>
          <p>
            {t.slipCode}: <strong className="survey-slip__code">{code}</strong>
          </p>
          <p className="survey-slip__link">{answerLink(code)}</p>
          <p>{t.slipAnonymous}</p>
        </li>
      ))}
    </ul>
  );
}

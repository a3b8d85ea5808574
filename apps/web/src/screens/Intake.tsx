import { CombinedGraphQLErrors } from '@apollo/client';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { fieldId } from '../components/form-errors';
import { LoadError, Loading, PageHeading } from '../components/states';
import type { InquiryFieldsFragment, InquiryOutcome, UpdateInquiryInput } from '../gql/graphql';
import { formProblems, type FormProblems } from '../graphql/errors';
import { InquiryDocument, UpdateInquiryDocument } from '../graphql/operations';
import { InquiryMessageDocument } from '../graphql/people-operations';
import { formatDateTime, texts } from '../texts';
import { SlaTag } from './Inquiries';

const t = texts.intake;
const OUTCOMES: InquiryOutcome[] = [
  'JOINED_WAITLIST',
  'NOT_NOW',
  'NO_ANSWER',
  'REFERRED_ELSEWHERE',
];

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, for a datetime-local field. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The field shows whole minutes: "now" in the minute the inquiry came in is a little before it.
 * Within that minute, the moment it came in is meant.
 */
export function notBeforeReceived(chosen: Date, receivedAt: string): Date {
  const received = new Date(receivedAt);
  const early = received.getTime() - chosen.getTime();
  return early > 0 && early < 60_000 ? received : chosen;
}

function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')
  );
}

export function Intake() {
  const { id = '' } = useParams();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { data, loading, error, refetch } = useQuery(InquiryDocument, { variables: { id } });
  const inquiry = data?.inquiry;
  return (
    <>
      {loading && !data && <Loading />}
      {error && !data && (
        <>
          <PageHeading title={texts.inquiries.title}>{texts.inquiries.title}</PageHeading>
          {isNotFound(error) ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t.notFound}</Paragraph>
            </Alert>
          ) : (
            <LoadError error={error} retry={() => void refetch()} />
          )}
          <Link to="/henvendelser">{t.back}</Link>
        </>
      )}
      {inquiry && (
        <>
          <PageHeading title={t.title(inquiry.participant.displayName)}>
            {t.title(inquiry.participant.displayName)}
          </PageHeading>
          {notice && (
            <Alert data-color="success">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          )}
          <Facts inquiry={inquiry} />
          <div className="steps">
            <TimeStep
              inquiry={inquiry}
              field="firstAnswerAt"
              title={t.stepAnswer}
              help={t.stepAnswerHelp}
              label={t.answeredAt}
              save={t.recordAnswer}
            />
            <TimeStep
              inquiry={inquiry}
              field="conversationBookedFor"
              title={t.stepInvitation}
              help={t.stepInvitationHelp}
              label={t.bookedFor}
              save={t.recordBooking}
            />
            <TimeStep
              inquiry={inquiry}
              field="conversationHeldAt"
              title={t.stepConversation}
              help={t.stepConversationHelp}
              label={t.heldAt}
              save={t.recordConversation}
            />
            <OutcomeStep inquiry={inquiry} />
          </div>
          <Link to="/henvendelser">{t.back}</Link>
        </>
      )}
    </>
  );
}

function Facts({ inquiry }: { inquiry: InquiryFieldsFragment }) {
  return (
    <Card data-color="neutral" className="facts">
      <Heading level={2} data-size="xs">
        {t.facts}
      </Heading>
      <dl>
        <dt>{t.receivedAt}</dt>
        <dd>{formatDateTime(inquiry.receivedAt)}</dd>
        <dt>{t.channel}</dt>
        <dd>{texts.enums.channel[inquiry.channel]}</dd>
        <dt>{t.answerDue}</dt>
        <dd>
          {formatDateTime(inquiry.answerDueAt)} <SlaTag state={inquiry.answerState} />
        </dd>
        <dt>{t.conversationDue}</dt>
        <dd>
          {formatDateTime(inquiry.conversationDueAt)} <SlaTag state={inquiry.conversationState} />
        </dd>
        <dt>{texts.people.source}</dt>
        <dd>{texts.people.sourceLabel[inquiry.source]}</dd>
        {inquiry.preferredContactTimes && (
          <>
            <dt>{texts.people.preferredContactTimes}</dt>
            <dd>{inquiry.preferredContactTimes}</dd>
          </>
        )}
        <dt>{t.participantStatus}</dt>
        <dd>{texts.enums.participantStatus[inquiry.participant.status]}</dd>
      </dl>
      {inquiry.hasMessage && <FormMessage inquiryId={inquiry.id} />}
      <Link to={`/deltakere/${inquiry.participant.id}`}>
        {texts.people.participantLink(inquiry.participant.displayName)}
      </Link>
    </Card>
  );
}

/** The message left on the public form: read on demand, as every read is audited. */
function FormMessage({ inquiryId }: { inquiryId: string }) {
  const [read, { data, loading, error }] = useLazyQuery(InquiryMessageDocument, {
    fetchPolicy: 'no-cache',
  });
  if (data) {
    return (
      <div className="form-message">
        <Heading level={3} data-size="2xs">
          {texts.people.message}
        </Heading>
        <Paragraph>{data.inquiryMessage ?? texts.people.noMessage}</Paragraph>
      </div>
    );
  }
  return (
    <>
      <Button
        variant="secondary"
        data-size="sm"
        disabled={loading}
        onClick={() => void read({ variables: { id: inquiryId } }).catch(() => undefined)}
      >
        {loading ? texts.loading : texts.people.showMessage}
      </Button>
      {error && <LoadError error={error} />}
    </>
  );
}

type TimeField = 'firstAnswerAt' | 'conversationBookedFor' | 'conversationHeldAt';

function useUpdate() {
  return useMutation(UpdateInquiryDocument, { refetchQueries: ['Today', 'OpenInquiries'] });
}

function TimeStep(props: {
  inquiry: InquiryFieldsFragment;
  field: TimeField;
  title: string;
  help: string;
  label: string;
  save: string;
}) {
  const { inquiry, field } = props;
  const recorded = inquiry[field];
  const [value, setValue] = useState(() =>
    localInputValue(recorded ? new Date(recorded) : new Date()),
  );
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useUpdate();
  const inputId = fieldId(`step-${field}`, field);
  const closed = inquiry.outcome !== null && inquiry.outcome !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!value) return setProblems({ fields: { [field]: t.whenRequired }, message: null });
    const input: UpdateInquiryInput = {
      id: inquiry.id,
      [field]: notBeforeReceived(new Date(value), inquiry.receivedAt).toISOString(),
    };
    try {
      await update({ variables: { input } });
      setProblems({ fields: {}, message: null });
      setSaved(true);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  const problem = problems.fields[field] ?? problems.message;
  if (closed) {
    return (
      <Card data-color={recorded ? 'success' : 'neutral'} className="step">
        <Heading level={2} data-size="xs">
          {props.title}
        </Heading>
        <Paragraph data-size="sm">
          {recorded ? `${props.label}: ${formatDateTime(recorded)}` : t.notRecorded}
        </Paragraph>
      </Card>
    );
  }
  return (
    <Card data-color={recorded ? 'success' : 'neutral'} className="step">
      <form onSubmit={submit} noValidate aria-labelledby={`${inputId}-title`}>
        <Heading level={2} data-size="xs" id={`${inputId}-title`}>
          {props.title}
        </Heading>
        <Paragraph data-size="sm">
          {recorded ? `${props.label}: ${formatDateTime(recorded)}` : props.help}
        </Paragraph>
        <Textfield
          id={inputId}
          label={props.label}
          type="datetime-local"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={problem ?? undefined}
        />
        <div className="step__actions">
          <Button type="submit" variant="secondary" disabled={loading}>
            {loading ? texts.saving : props.save}
          </Button>
          {saved && (
            <span role="status" className="saved">
              {t.saved}
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}

function OutcomeStep({ inquiry }: { inquiry: InquiryFieldsFragment }) {
  const [outcome, setOutcome] = useState<InquiryOutcome | ''>(inquiry.outcome ?? '');
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [update, { loading }] = useUpdate();
  const inputId = fieldId('step-outcome', 'outcome');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!outcome) return setProblems({ fields: { outcome: t.outcomeRequired }, message: null });
    try {
      await update({
        variables: { input: { id: inquiry.id, outcome } },
        refetchQueries: ['Today', 'OpenInquiries', 'Waitlist'],
      });
      setProblems({ fields: {}, message: null });
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  if (inquiry.outcome) {
    return (
      <Card data-color="success" className="step">
        <Heading level={2} data-size="xs">
          {t.stepOutcome}
        </Heading>
        <Paragraph role="status">{t.done(texts.enums.outcome[inquiry.outcome])}</Paragraph>
        {inquiry.outcome === 'JOINED_WAITLIST' && (
          <>
            <Paragraph>{t.onWaitlist(inquiry.participant.displayName)}</Paragraph>
            <Link to="/venteliste">{t.toWaitlist}</Link>
          </>
        )}
      </Card>
    );
  }
  const problem = problems.fields['outcome'] ?? problems.message;
  return (
    <Card data-color="neutral" className="step">
      <form onSubmit={submit} noValidate aria-labelledby="outcome-title">
        <Heading level={2} data-size="xs" id="outcome-title">
          {t.stepOutcome}
        </Heading>
        <Paragraph data-size="sm">{t.stepOutcomeHelp}</Paragraph>
        <Field>
          <Label htmlFor={inputId}>{t.outcome}</Label>
          <Select
            id={inputId}
            value={outcome}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setOutcome(e.target.value as InquiryOutcome | '')}
          >
            <Select.Option value="">{t.chooseOutcome}</Select.Option>
            {OUTCOMES.map((o) => (
              <Select.Option key={o} value={o}>
                {texts.enums.outcome[o]}
              </Select.Option>
            ))}
          </Select>
          {problem && <ValidationMessage>{problem}</ValidationMessage>}
        </Field>
        <div className="step__actions">
          <Button type="submit" disabled={loading}>
            {loading ? texts.saving : t.recordOutcome}
          </Button>
        </div>
      </form>
    </Card>
  );
}

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

import { ChoiceGroup } from '../../components/ChoiceGroup';
import { FormErrors, fieldId } from '../../components/form-errors';
import {
  type InterestFormInput,
  SubmitInterestFormDocument,
  type TimeOfDay,
} from '../../gql/graphql';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { texts } from '../../texts';
import { PublicHeading, usePublicPage } from './PublicLayout';

const t = texts.publicPages;
const ID = 'interest';
const MESSAGE_MAX = 1000;
const TIMES = Object.keys(texts.enums.timeOfDay) as TimeOfDay[];
const NO_PROBLEMS: FormProblems = { fields: {}, message: null };

interface Draft {
  firstName: string;
  phone: string;
  email: string;
  times: TimeOfDay[];
  otherTimes: string;
  message: string;
  /** The honeypot: people never see it, so anything in it came from a robot. */
  website: string;
}

const LABELS: Record<string, string> = {
  firstName: t.firstName,
  phone: t.phoneField,
  email: t.emailField,
  preferredTimes: t.contactTimes,
  message: t.message,
};

/** What the API takes: the chosen times and any words about them make one line. */
export function interestInput(centre: string, draft: Draft): InterestFormInput {
  const text = (value: string) => value.trim() || undefined;
  const times = [
    ...TIMES.filter((time) => draft.times.includes(time)).map((time) =>
      texts.enums.timeOfDay[time].toLowerCase(),
    ),
    draft.otherTimes.trim(),
  ].filter(Boolean);
  const preferredTimes = times.join(', ');
  return {
    centre,
    firstName: draft.firstName.trim(),
    phone: text(draft.phone),
    email: text(draft.email),
    preferredTimes: preferredTimes
      ? preferredTimes[0].toUpperCase() + preferredTimes.slice(1)
      : undefined,
    message: text(draft.message),
    website: text(draft.website),
  };
}

export function InterestForm({ headingLevel }: { headingLevel: 1 | 2 }) {
  const { centre } = usePublicPage();
  const state = useLocation().state as { group?: string } | null;
  const empty: Draft = {
    firstName: '',
    phone: '',
    email: '',
    times: [],
    otherTimes: '',
    message: state?.group ? t.interestedIn(state.group) : '',
    website: '',
  };
  const [draft, setDraft] = useState<Draft>(empty);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SubmitInterestFormDocument);
  const receiptRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (receipt) receiptRef.current?.focus();
  }, [receipt]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const id = (field: string) => fieldId(ID, field);
  const error = (field: string) => problems.fields[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!draft.firstName.trim()) fields['firstName'] = t.firstNameRequired;
    if (!draft.phone.trim() && !draft.email.trim()) fields['phone'] = t.reachRequired;
    if (draft.message.length > MESSAGE_MAX) fields['message'] = t.messageTooLong;
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      const { data } = await send({ variables: { input: interestInput(centre.slug, draft) } });
      setProblems(NO_PROBLEMS);
      setDraft({ ...empty, message: '' });
      setReceipt(data?.submitInterestForm ?? null);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <section className="public-section" aria-labelledby="form-title">
      <PublicHeading
        level={headingLevel}
        title={headingLevel === 1 ? `${t.formTitle} – ${centre.name}` : undefined}
      >
        <span id="form-title">{t.formTitle}</span>
      </PublicHeading>
      {receipt ? (
        <div ref={receiptRef} tabIndex={-1} className="public-receipt">
          <Alert data-color="success" role="status">
            <Heading level={headingLevel === 1 ? 2 : 3} data-size="xs">
              {t.sent}
            </Heading>
            <Paragraph>{receipt}</Paragraph>
          </Alert>
          <Button variant="secondary" onClick={() => setReceipt(null)}>
            {t.sendAnother}
          </Button>
        </div>
      ) : (
        <>
          <Paragraph>{t.formIntro}</Paragraph>
          <form onSubmit={submit} noValidate className="form public-form">
            <FormErrors
              {...problems}
              idPrefix={ID}
              labels={LABELS}
              prefix={t.notSent}
              heading={t.formHasErrors}
            />
            <Textfield
              id={id('firstName')}
              label={t.firstName}
              description={t.firstNameHelp}
              autoComplete="given-name"
              value={draft.firstName}
              onChange={(e) => set('firstName', e.target.value)}
              error={error('firstName')}
            />
            <Paragraph data-size="sm" id={id('reach')}>
              {t.reachHelp}
            </Paragraph>
            <div className="two-columns">
              <Textfield
                id={id('phone')}
                label={t.phoneField}
                type="tel"
                autoComplete="tel"
                aria-describedby={id('reach')}
                value={draft.phone}
                onChange={(e) => set('phone', e.target.value)}
                error={error('phone')}
              />
              <Textfield
                id={id('email')}
                label={t.emailField}
                type="email"
                autoComplete="email"
                aria-describedby={id('reach')}
                value={draft.email}
                onChange={(e) => set('email', e.target.value)}
                error={error('email')}
              />
            </div>
            <ChoiceGroup
              multiple
              id={id('preferredTimes')}
              legend={t.contactTimes}
              description={t.contactTimesHelp}
              options={TIMES}
              label={(time) => texts.enums.timeOfDay[time]}
              value={draft.times}
              onChange={(times) => set('times', times)}
              error={error('preferredTimes')}
            />
            <Textfield
              id={id('otherTimes')}
              label={t.contactTimesOther}
              value={draft.otherTimes}
              onChange={(e) => set('otherTimes', e.target.value)}
            />
            <Textfield
              id={id('message')}
              label={t.message}
              description={t.messageHelp}
              multiline
              rows={4}
              counter={{ limit: MESSAGE_MAX }}
              value={draft.message}
              onChange={(e) => set('message', e.target.value)}
              error={error('message')}
            />
            <div className="public-honeypot" aria-hidden="true">
              <label htmlFor={id('website')}>{t.honeypot}</label>
              <input
                id={id('website')}
                name="website"
                tabIndex={-1}
                autoComplete="off"
                value={draft.website}
                onChange={(e) => set('website', e.target.value)}
              />
            </div>
            <Paragraph data-size="sm">{t.privacy}</Paragraph>
            <Button type="submit" disabled={loading}>
              {loading ? t.sending : t.send}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

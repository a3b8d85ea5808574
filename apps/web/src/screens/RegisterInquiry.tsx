import { useMutation } from '@apollo/client/react';
import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';

import { ChoiceGroup } from '../components/ChoiceGroup';
import { FormErrors, fieldId } from '../components/form-errors';
import { PageHeading } from '../components/states';
import type {
  GroupFormatPreference,
  HeardVia,
  InquiryChannel,
  RegisterInquiryInput,
  TimeOfDay,
  Weekday,
} from '../gql/graphql';
import { formProblems, type FormProblems } from '../graphql/errors';
import { RegisterInquiryDocument } from '../graphql/operations';
import type { Me } from '../session/session';
import { texts } from '../texts';

const t = texts.inquiries;
const ID = 'inquiry';
const CHANNELS: InquiryChannel[] = ['PHONE', 'EMAIL', 'IN_PERSON', 'WEB_FORM', 'OTHER'];
const TIMES: TimeOfDay[] = ['MORNING', 'FORENOON', 'AFTERNOON', 'EVENING'];
const WEEKDAYS: Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];
const FORMATS: GroupFormatPreference[] = ['PHYSICAL', 'DIGITAL', 'EITHER'];

export interface InquiryDraft {
  channel: InquiryChannel;
  displayName: string;
  phone: string;
  email: string;
  birthYear: string;
  municipality: string;
  heardVia: HeardVia | '';
  preferredContactTimes: string;
  timesOfDay: TimeOfDay[];
  weekdays: Weekday[];
  format: GroupFormatPreference | '';
  theme: string;
}

export const EMPTY_DRAFT: InquiryDraft = {
  channel: 'PHONE',
  displayName: '',
  phone: '',
  email: '',
  birthYear: '',
  municipality: '',
  heardVia: '',
  preferredContactTimes: '',
  timesOfDay: [],
  weekdays: [],
  format: '',
  theme: '',
};

/** The field names are the API's (`person.phone`), so its answers land next to the right field. */
const LABELS: Record<string, string> = {
  channel: t.channel,
  'person.displayName': t.displayName,
  'person.phone': t.phone,
  'person.email': t.email,
  'person.birthYear': t.birthYear,
  'person.municipality': t.municipality,
  heardVia: t.heardVia,
  preferredContactTimes: t.preferredContactTimes,
  'person.preferences.timesOfDay': t.timesOfDay,
  'person.preferences.weekdays': t.weekdays,
  'person.preferences.format': t.format,
  'person.preferences.theme': t.theme,
};

export function toInput(draft: InquiryDraft): RegisterInquiryInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    channel: draft.channel,
    heardVia: draft.heardVia || undefined,
    preferredContactTimes: text(draft.preferredContactTimes),
    person: {
      displayName: draft.displayName.trim(),
      phone: text(draft.phone),
      email: text(draft.email),
      birthYear: text(draft.birthYear) ? Number(draft.birthYear) : undefined,
      municipality: draft.municipality || undefined,
      preferences: {
        // An empty list is "no wish", which the API wants left out.
        timesOfDay: draft.timesOfDay.length ? draft.timesOfDay : undefined,
        weekdays: draft.weekdays.length ? draft.weekdays : undefined,
        format: draft.format || undefined,
        theme: text(draft.theme),
      },
    },
  };
}

function checkDraft(draft: InquiryDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!draft.displayName.trim()) fields['person.displayName'] = t.displayNameRequired;
  if (draft.birthYear.trim() && !/^\d{4}$/.test(draft.birthYear.trim())) {
    fields['person.birthYear'] = t.birthYearInvalid;
  }
  return fields;
}

export function RegisterInquiry({ me }: { me: Pick<Me, 'activeCentre'> }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<InquiryDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [register, { loading }] = useMutation(RegisterInquiryDocument, {
    refetchQueries: ['OpenInquiries', 'Today'],
  });
  const set = <K extends keyof InquiryDraft>(key: K, value: InquiryDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) => problems.fields[field];
  const id = (field: string) => fieldId(ID, field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = checkDraft(draft);
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      const { data } = await register({ variables: { input: toInput(draft) } });
      if (data) {
        navigate(`/henvendelser/${data.registerInquiry.id}`, {
          state: { notice: t.saved(data.registerInquiry.participant.displayName) },
        });
      }
    } catch (failure) {
      // The draft stays as it was typed; only the problems are shown.
      setProblems(formProblems(failure));
    }
  }

  return (
    <>
      <PageHeading title={t.registerTitle}>{t.registerTitle}</PageHeading>
      <Paragraph>{t.registerIntro}</Paragraph>
      <form onSubmit={submit} noValidate className="form">
        <FormErrors {...problems} idPrefix={ID} labels={LABELS} />

        <ChoiceGroup
          id={id('channel')}
          name="channel"
          legend={t.channel}
          options={CHANNELS}
          label={(c) => texts.enums.channel[c]}
          value={draft.channel}
          onChange={(c) => set('channel', c)}
          error={error('channel')}
        />

        <Textfield
          id={id('person.displayName')}
          label={t.displayName}
          description={t.displayNameHelp}
          autoComplete="off"
          value={draft.displayName}
          onChange={(e) => set('displayName', e.target.value)}
          error={error('person.displayName')}
        />
        <div className="two-columns">
          <Textfield
            id={id('person.phone')}
            label={t.phone}
            type="tel"
            autoComplete="off"
            value={draft.phone}
            onChange={(e) => set('phone', e.target.value)}
            error={error('person.phone')}
          />
          <Textfield
            id={id('person.email')}
            label={t.email}
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(e) => set('email', e.target.value)}
            error={error('person.email')}
          />
          <Textfield
            id={id('person.birthYear')}
            label={t.birthYear}
            inputMode="numeric"
            autoComplete="off"
            value={draft.birthYear}
            onChange={(e) => set('birthYear', e.target.value)}
            error={error('person.birthYear')}
          />
          <Field>
            <Label htmlFor={id('person.municipality')}>{t.municipality}</Label>
            <Select
              id={id('person.municipality')}
              value={draft.municipality}
              aria-invalid={error('person.municipality') ? true : undefined}
              onChange={(e) => set('municipality', e.target.value)}
            >
              <Select.Option value="">{t.chooseMunicipality}</Select.Option>
              {(me.activeCentre?.municipalities ?? []).map((m) => (
                <Select.Option key={m} value={m}>
                  {m}
                </Select.Option>
              ))}
            </Select>
            {error('person.municipality') && (
              <ValidationMessage>{error('person.municipality')}</ValidationMessage>
            )}
          </Field>
        </div>
        <Field>
          <Label htmlFor={id('heardVia')}>{t.heardVia}</Label>
          <Select
            id={id('heardVia')}
            value={draft.heardVia}
            onChange={(e) => set('heardVia', e.target.value as HeardVia | '')}
          >
            <Select.Option value="">{t.notAnswered}</Select.Option>
            {(Object.keys(texts.enums.heardVia) as HeardVia[]).map((h) => (
              <Select.Option key={h} value={h}>
                {texts.enums.heardVia[h]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={id('preferredContactTimes')}
          label={t.preferredContactTimes}
          value={draft.preferredContactTimes}
          onChange={(e) => set('preferredContactTimes', e.target.value)}
          error={error('preferredContactTimes')}
        />

        <Fieldset>
          <Fieldset.Legend>{t.preferencesTitle}</Fieldset.Legend>
          <ChoiceGroup
            multiple
            size="sm"
            id={id('person.preferences.timesOfDay')}
            legend={t.timesOfDay}
            options={TIMES}
            label={(time) => texts.enums.timeOfDay[time]}
            value={draft.timesOfDay}
            onChange={(times) => set('timesOfDay', times)}
            error={error('person.preferences.timesOfDay')}
          />
          <ChoiceGroup
            multiple
            size="sm"
            id={id('person.preferences.weekdays')}
            legend={t.weekdays}
            options={WEEKDAYS}
            label={(day) => texts.enums.weekday[day]}
            value={draft.weekdays}
            onChange={(days) => set('weekdays', days)}
            error={error('person.preferences.weekdays')}
          />
          <ChoiceGroup
            size="sm"
            id={id('person.preferences.format')}
            name="format"
            legend={t.format}
            options={FORMATS}
            label={(format) => texts.enums.formatPreference[format]}
            value={draft.format || null}
            onChange={(format) => set('format', format)}
            error={error('person.preferences.format')}
          />
          <Textfield
            id={id('person.preferences.theme')}
            label={t.theme}
            value={draft.theme}
            onChange={(e) => set('theme', e.target.value)}
            error={error('person.preferences.theme')}
          />
        </Fieldset>

        <Button type="submit" disabled={loading}>
          {loading ? texts.saving : t.save}
        </Button>
      </form>
    </>
  );
}

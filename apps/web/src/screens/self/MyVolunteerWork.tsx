import { useMutation, useQuery } from '@apollo/client/react';
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

import { FormErrors, fieldId } from '../../components/form-errors';
import { Empty, LoadError, Loading } from '../../components/states';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { LogMyHoursDocument, MyVolunteerWorkDocument } from '../../graphql/self-operations';
import { formatDate, texts } from '../../texts';
import { todayInOslo } from '../groups/group-format';

const t = texts.self;
const ID = 'hours';
const ACTIVITIES = ['GROUP_START', 'COURSE', 'STAND_OR_TALK', 'ADMIN', 'OTHER'] as const;
const LABELS: Record<string, string> = {
  workedOn: t.workedOn,
  hours: t.hours,
  activity: t.activity,
};

/** Agreement and police certificate as the centre holds them, the hours, and a form for more. */
export function MyVolunteerWork() {
  const { data, loading, error, refetch } = useQuery(MyVolunteerWorkDocument);
  const work = data?.myVolunteerWork;
  return (
    <section aria-labelledby="my-volunteer-title" className="own-section">
      <Heading level={2} data-size="sm" id="my-volunteer-title">
        {t.volunteerTitle}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && !work && <Empty>{t.notVolunteer}</Empty>}
      {work && (
        <>
          <div className="facts">
            <dl>
              <dt>{t.volunteerStatus}</dt>
              <dd>{t.volunteerStatusName[work.status] ?? work.status}</dd>
              <dt>{t.agreement}</dt>
              <dd className={work.confidentialitySignedOn ? undefined : 'own-warning'}>
                {work.confidentialitySignedOn
                  ? t.agreementSigned(formatDate(work.confidentialitySignedOn))
                  : t.agreementMissing}
              </dd>
              <dt>{t.policeCertificate}</dt>
              <dd className={work.policeCertificateStatus === 'VALID' ? undefined : 'own-warning'}>
                {(t.police[work.policeCertificateStatus] ?? t.police['MISSING'])(
                  work.policeCertificateValidUntil
                    ? formatDate(work.policeCertificateValidUntil)
                    : null,
                )}
              </dd>
              <dt>{t.totalHours}</dt>
              <dd>{t.hoursValue(work.totalHours)}</dd>
            </dl>
          </div>
          <LogHours />
          {work.hours.length > 0 && (
            <>
              <Heading level={3} data-size="2xs">
                {t.recentHours}
              </Heading>
              <ul className="hours-list">
                {work.hours.slice(0, 5).map((entry, i) => (
                  <li key={`${entry.workedOn}-${i}`}>
                    {`${formatDate(entry.workedOn)}: ${t.hoursValue(entry.hours)}, ${(
                      t.activityName[entry.activity] ?? entry.activity
                    ).toLowerCase()}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

interface HoursDraft {
  workedOn: string;
  hours: string;
  activity: string;
}

/** The problems the form sees itself, keyed as the API keys them. */
export function checkHours(draft: HoursDraft, today = todayInOslo()): Record<string, string> {
  const fields: Record<string, string> = {};
  const hours = Number(draft.hours.replace(',', '.'));
  if (!Number.isFinite(hours) || hours < 0.5 || hours > 24 || !Number.isInteger(hours * 2)) {
    fields['hours'] = t.hoursInvalid;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.workedOn) || draft.workedOn > today) {
    fields['workedOn'] = t.dayInvalid;
  }
  return fields;
}

function LogHours() {
  const empty = (): HoursDraft => ({ workedOn: todayInOslo(), hours: '', activity: 'GROUP_START' });
  const [draft, setDraft] = useState<HoursDraft>(empty);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [notice, setNotice] = useState<string | null>(null);
  const [log, { loading }] = useMutation(LogMyHoursDocument, {
    update(cache, { data }) {
      if (data) {
        cache.writeQuery({
          query: MyVolunteerWorkDocument,
          data: { myVolunteerWork: data.logMyVolunteerHours },
        });
      }
    },
  });
  const id = (field: string) => fieldId(ID, field);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const fields = checkHours(draft);
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    const hours = Number(draft.hours.replace(',', '.'));
    try {
      await log({
        variables: { input: { workedOn: draft.workedOn, hours, activity: draft.activity } },
      });
      setProblems({ fields: {}, message: null });
      setNotice(t.hoursLogged(hours, formatDate(draft.workedOn)));
      setDraft(empty());
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Card data-color="neutral" className="own-card">
      <form onSubmit={submit} noValidate aria-labelledby="log-hours-title" className="form">
        <Heading level={3} data-size="2xs" id="log-hours-title">
          {t.logHoursTitle}
        </Heading>
        <FormErrors {...problems} idPrefix={ID} labels={LABELS} />
        {notice && (
          <Alert data-color="success">
            <Paragraph role="status">{notice}</Paragraph>
          </Alert>
        )}
        <div className="two-columns">
          <Textfield
            id={id('workedOn')}
            label={t.workedOn}
            type="date"
            max={todayInOslo()}
            value={draft.workedOn}
            onChange={(e) => setDraft({ ...draft, workedOn: e.target.value })}
            error={problems.fields['workedOn']}
          />
          <Textfield
            id={id('hours')}
            label={t.hours}
            description={t.hoursHint}
            inputMode="decimal"
            value={draft.hours}
            onChange={(e) => setDraft({ ...draft, hours: e.target.value })}
            error={problems.fields['hours']}
          />
        </div>
        <Field>
          <Label htmlFor={id('activity')}>{t.activity}</Label>
          <Select
            id={id('activity')}
            value={draft.activity}
            onChange={(e) => setDraft({ ...draft, activity: e.target.value })}
          >
            {ACTIVITIES.map((a) => (
              <Select.Option key={a} value={a}>
                {t.activityName[a]}
              </Select.Option>
            ))}
          </Select>
          {problems.fields['activity'] && (
            <ValidationMessage>{problems.fields['activity']}</ValidationMessage>
          )}
        </Field>
        <Button type="submit" disabled={loading}>
          {loading ? texts.saving : t.logHours}
        </Button>
      </form>
    </Card>
  );
}

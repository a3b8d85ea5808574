import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';

import { FormErrors, fieldId } from '../../components/form-errors';
import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { VolunteerFieldsFragment } from '../../gql/graphql';
import {
  LogVolunteerHoursDocument,
  RecordPoliceCertificateDocument,
  UpdateVolunteerDocument,
  VolunteerDocument,
} from '../../graphql/course-volunteer-operations';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { formatDate, texts } from '../../texts';
import { latestCertificate, listOf, todayInOslo } from './volunteer-format';

const t = texts.volunteers;
const NO_PROBLEMS: FormProblems = { fields: {}, message: null };
const WEEKDAYS = Object.keys(texts.enums.weekday) as (keyof typeof texts.enums.weekday)[];
const TIMES = Object.keys(texts.enums.timeOfDay) as (keyof typeof texts.enums.timeOfDay)[];
/** After a change here, what else shows the volunteer's clearance. */
const AFTER_CHANGE = ['Volunteer', 'Volunteers', 'PeopleDirectory'];

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card data-color="neutral">
      <section aria-labelledby={id} className="section-form">
        <Heading level={2} data-size="xs" id={id}>
          {title}
        </Heading>
        {children}
      </section>
    </Card>
  );
}

function Saved({ text }: { text: string | null }) {
  return text ? (
    <span role="status" className="saved">
      {text}
    </span>
  ) : null;
}

/** A volunteer's profile: clearance (police certificate, agreement), availability, hours, work. */
export function VolunteerPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VolunteerDocument, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <LoadError error={error} retry={() => void refetch()} />;
  if (!data) return null;
  const v = data.volunteer;
  return (
    <div className="volunteer-page">
      <Link to="/frivillige" className="back-link">
        {t.back}
      </Link>
      <PageHeading title={v.displayName}>{v.displayName}</PageHeading>
      <Paragraph data-size="sm">
        {v.email} · {t.status[v.status] ?? v.status} ·{' '}
        <Link to="/igangsettere">{t.directoryLink}</Link>
      </Paragraph>
      <div className="volunteer-page__grid">
        <PoliceCertificates volunteer={v} />
        <Agreement volunteer={v} />
        <Profile volunteer={v} />
        <Hours volunteer={v} />
        <Assignments volunteer={v} />
      </div>
    </div>
  );
}

export function PoliceCertificates({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const [kind, setKind] = useState('ORDINARY');
  const [task, setTask] = useState('Igangsetter for samtalegrupper');
  const [shownOn, setShownOn] = useState(todayInOslo());
  const [months, setMonths] = useState('36');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordPoliceCertificateDocument, {
    refetchQueries: AFTER_CHANGE,
  });
  const id = (field: string) => fieldId('police', field);
  const labels = { task: t.task, shownOn: t.shownOn, validMonths: t.validMonths };
  const sorted = [...volunteer.policeCertificates].sort((a, b) =>
    b.shownOn.localeCompare(a.shownOn),
  );
  const current = latestCertificate(volunteer.policeCertificates);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const fields: Record<string, string> = {};
    if (task.trim().length < 3) fields['task'] = t.taskRequired;
    if (!shownOn || shownOn > todayInOslo()) fields['shownOn'] = t.dateRequired;
    if (!/^\d+$/.test(months) || Number(months) < 1 || Number(months) > 120)
      fields['validMonths'] = texts.courses.monthsInvalid;
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      await record({
        variables: {
          input: {
            volunteerId: volunteer.id,
            kind,
            task: task.trim(),
            shownOn,
            validMonths: Number(months),
          },
        },
      });
      setProblems(NO_PROBLEMS);
      setSaved(t.certificateRecorded);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Section title={t.clearanceTitle} id="police-title">
      <Paragraph data-size="sm">{t.clearanceIntro}</Paragraph>
      {sorted.length === 0 ? (
        <Empty>{t.noCertificates}</Empty>
      ) : (
        <ul className="plain-list">
          {sorted.map((c) => (
            <li key={c.id} className={c === current ? 'certificate--current' : undefined}>
              {t.certificateLine(
                t.certificateKinds[c.kind] ?? c.kind,
                c.task,
                formatDate(c.shownOn),
                formatDate(c.validUntil),
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="form" aria-labelledby="police-form-title">
        <Heading level={3} data-size="2xs" id="police-form-title">
          {t.recordCertificate}
        </Heading>
        <FormErrors {...problems} idPrefix="police" labels={labels} />
        <Field>
          <Label htmlFor={id('kind')}>{t.certificateKind}</Label>
          <Select id={id('kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
            {Object.entries(t.certificateKinds).map(([value, label]) => (
              <Select.Option key={value} value={value}>
                {label}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield
          id={id('task')}
          label={t.task}
          value={task}
          onChange={(e) => setTask(e.target.value)}
          error={problems.fields['task']}
        />
        <div className="two-columns">
          <Textfield
            id={id('shownOn')}
            label={t.shownOn}
            type="date"
            value={shownOn}
            max={todayInOslo()}
            onChange={(e) => setShownOn(e.target.value)}
            error={problems.fields['shownOn']}
          />
          <Textfield
            id={id('validMonths')}
            label={t.validMonths}
            inputMode="numeric"
            value={months}
            onChange={(e) => setMonths(e.target.value)}
            error={problems.fields['validMonths']}
          />
        </div>
        <div className="step__actions">
          <Button type="submit" variant="secondary" disabled={loading}>
            {loading ? texts.saving : t.recordCertificate}
          </Button>
          <Saved text={saved} />
        </div>
      </form>
    </Section>
  );
}

function Agreement({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const [signedOn, setSignedOn] = useState(todayInOslo());
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateVolunteerDocument, {
    refetchQueries: AFTER_CHANGE,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    if (!signedOn || signedOn > todayInOslo())
      return setProblems({ fields: { confidentialitySignedOn: t.dateRequired }, message: null });
    try {
      await update({
        variables: { input: { id: volunteer.id, confidentialitySignedOn: signedOn } },
      });
      setProblems(NO_PROBLEMS);
      setSaved(t.agreementRecorded);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Section title={t.agreementTitle} id="agreement-title">
      <Paragraph data-size="sm">
        {volunteer.confidentialitySignedOn
          ? t.agreementSigned(formatDate(volunteer.confidentialitySignedOn))
          : t.agreementMissing}
      </Paragraph>
      <form onSubmit={submit} noValidate className="form" aria-label={t.recordAgreement}>
        <FormErrors
          {...problems}
          idPrefix="agreement"
          labels={{ confidentialitySignedOn: t.signedDate }}
        />
        <Textfield
          id={fieldId('agreement', 'confidentialitySignedOn')}
          label={t.signedDate}
          type="date"
          value={signedOn}
          max={todayInOslo()}
          onChange={(e) => setSignedOn(e.target.value)}
          error={problems.fields['confidentialitySignedOn']}
        />
        <div className="step__actions">
          <Button type="submit" variant="secondary" disabled={loading}>
            {loading ? texts.saving : t.recordAgreement}
          </Button>
          <Saved text={saved} />
        </div>
      </form>
    </Section>
  );
}

interface ProfileDraft {
  status: string;
  availableWeekdays: string[];
  availableTimesOfDay: string[];
  skills: string;
  languages: string;
  municipalities: string;
}

function draftOf(v: VolunteerFieldsFragment): ProfileDraft {
  return {
    status: v.status,
    availableWeekdays: v.availableWeekdays,
    availableTimesOfDay: v.availableTimesOfDay,
    skills: v.skills.join(', '),
    languages: v.languages.join(', '),
    municipalities: v.municipalities.join(', '),
  };
}

function Profile({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const [draft, setDraft] = useState(() => draftOf(volunteer));
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateVolunteerDocument, {
    refetchQueries: AFTER_CHANGE,
  });
  useEffect(() => setDraft(draftOf(volunteer)), [volunteer]);
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((x) => x !== value);
  const labels = {
    status: t.statusLabel,
    skills: t.skills,
    languages: t.languages,
    municipalities: t.municipalities,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    try {
      await update({
        variables: {
          input: {
            id: volunteer.id,
            status: draft.status,
            availableWeekdays: draft.availableWeekdays,
            availableTimesOfDay: draft.availableTimesOfDay,
            skills: listOf(draft.skills),
            languages: listOf(draft.languages),
            municipalities: listOf(draft.municipalities),
          },
        },
      });
      setProblems(NO_PROBLEMS);
      setSaved(t.saved);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Section title={t.profileTitle} id="profile-title">
      <form onSubmit={submit} noValidate className="form" aria-label={t.profileTitle}>
        <FormErrors {...problems} idPrefix="profile" labels={labels} />
        <Field>
          <Label htmlFor="profile-status">{t.statusLabel}</Label>
          <Select
            id="profile-status"
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value })}
          >
            {Object.entries(t.status).map(([value, label]) => (
              <Select.Option key={value} value={value}>
                {label}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Fieldset>
          <Fieldset.Legend>{t.weekdays}</Fieldset.Legend>
          <div className="choices">
            {WEEKDAYS.map((d) => (
              <Checkbox
                key={d}
                label={texts.enums.weekday[d]}
                checked={draft.availableWeekdays.includes(d)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    availableWeekdays: toggle(draft.availableWeekdays, d, e.target.checked),
                  })
                }
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t.timesOfDay}</Fieldset.Legend>
          <div className="choices">
            {TIMES.map((time) => (
              <Checkbox
                key={time}
                label={texts.enums.timeOfDay[time]}
                checked={draft.availableTimesOfDay.includes(time)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    availableTimesOfDay: toggle(draft.availableTimesOfDay, time, e.target.checked),
                  })
                }
              />
            ))}
          </div>
        </Fieldset>
        {(['skills', 'languages', 'municipalities'] as const).map((field) => (
          <Textfield
            key={field}
            id={fieldId('profile', field)}
            label={t[field]}
            description={t.listHelp}
            value={draft[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            error={problems.fields[field]}
          />
        ))}
        <div className="step__actions">
          <Button type="submit" variant="secondary" disabled={loading}>
            {loading ? texts.saving : t.saveProfile}
          </Button>
          <Saved text={saved} />
        </div>
      </form>
    </Section>
  );
}

export function Hours({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  const [workedOn, setWorkedOn] = useState(todayInOslo());
  const [hours, setHours] = useState('');
  const [activity, setActivity] = useState('GROUP_START');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [log, { loading }] = useMutation(LogVolunteerHoursDocument, {
    refetchQueries: ['Volunteers'],
  });
  const labels = { workedOn: t.workedOn, hours: t.hoursAmount, activity: t.activity };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const amount = Number(hours.replace(',', '.'));
    const fields: Record<string, string> = {};
    if (!workedOn || workedOn > todayInOslo()) fields['workedOn'] = t.dateRequired;
    if (!Number.isInteger(amount * 2) || amount < 0.5 || amount > 24)
      fields['hours'] = t.hoursInvalid;
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      await log({
        variables: { input: { volunteerId: volunteer.id, workedOn, hours: amount, activity } },
      });
      setHours('');
      setProblems(NO_PROBLEMS);
      setSaved(t.hoursLogged);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Section title={t.hoursTitle} id="hours-title">
      <Paragraph data-size="sm">{t.totalHours(volunteer.totalHours)}</Paragraph>
      <form onSubmit={submit} noValidate className="form" aria-label={t.logHours}>
        <FormErrors {...problems} idPrefix="hours" labels={labels} />
        <div className="two-columns">
          <Textfield
            id={fieldId('hours', 'workedOn')}
            label={t.workedOn}
            type="date"
            value={workedOn}
            max={todayInOslo()}
            onChange={(e) => setWorkedOn(e.target.value)}
            error={problems.fields['workedOn']}
          />
          <Textfield
            id={fieldId('hours', 'hours')}
            label={t.hoursAmount}
            description={t.hoursHelp}
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            error={problems.fields['hours']}
          />
        </div>
        <Field>
          <Label htmlFor={fieldId('hours', 'activity')}>{t.activity}</Label>
          <Select
            id={fieldId('hours', 'activity')}
            value={activity}
            onChange={(e) => setActivity(e.target.value)}
          >
            {Object.entries(t.activities).map(([value, label]) => (
              <Select.Option key={value} value={value}>
                {label}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <div className="step__actions">
          <Button type="submit" variant="secondary" disabled={loading}>
            {loading ? texts.saving : t.logHours}
          </Button>
          <Saved text={saved} />
        </div>
      </form>
    </Section>
  );
}

function Assignments({ volunteer }: { volunteer: VolunteerFieldsFragment }) {
  return (
    <Section title={t.assignmentsTitle} id="assignments-title">
      {volunteer.assignments.length === 0 ? (
        <Empty>{t.noAssignments}</Empty>
      ) : (
        <ul className="plain-list">
          {volunteer.assignments.map((a, i) => (
            <li key={`${a.kind}-${a.name}-${i}`}>
              {t.assignment[a.kind] ?? a.kind} <strong>{a.name}</strong>{' '}
              {t.since(formatDate(a.since.slice(0, 10)))}
              {a.status && a.kind === 'GROUP_STARTED'
                ? ` (${texts.enums.groupStatus[a.status as keyof typeof texts.enums.groupStatus] ?? a.status})`
                : ''}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

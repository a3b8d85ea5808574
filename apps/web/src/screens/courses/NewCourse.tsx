import { useMutation } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Textarea,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';

import { FormErrors, fieldId } from '../../components/form-errors';
import type { CreateCourseInput } from '../../gql/graphql';
import { CreateCourseDocument } from '../../graphql/course-volunteer-operations';
import { formProblems, type FormProblems } from '../../graphql/errors';
import { texts } from '../../texts';
import { osloInstant } from './course-format';

const t = texts.courses;
const ID = 'course';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface SessionDraft {
  date: string;
  time: string;
  minutes: string;
  place: string;
  digital: boolean;
  mandatory: boolean;
}

export interface CourseDraft {
  title: string;
  kind: 'STARTER_COURSE' | 'GUIDANCE';
  description: string;
  capacity: string;
  validMonths: string;
  openToOtherCentres: boolean;
  sessions: SessionDraft[];
}

const EMPTY_SESSION: SessionDraft = {
  date: '',
  time: '18:00',
  minutes: '180',
  place: '',
  digital: false,
  mandatory: true,
};

export const EMPTY_COURSE: CourseDraft = {
  title: '',
  kind: 'STARTER_COURSE',
  description: '',
  capacity: '12',
  validMonths: '36',
  openToOtherCentres: false,
  sessions: [EMPTY_SESSION],
};

const LABELS: Record<string, string> = {
  title: t.courseTitle,
  capacity: t.capacity,
  qualificationValidMonths: t.validMonths,
  sessions: t.sessions,
};

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);

/** The problems the form can see by itself, keyed as the API keys them. */
export function checkCourse(draft: CourseDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (draft.title.trim().length < 3) fields['title'] = t.titleRequired;
  const capacity = whole(draft.capacity);
  if (!(capacity >= 1 && capacity <= 200)) fields['capacity'] = t.capacityInvalid;
  if (draft.kind === 'STARTER_COURSE' && draft.validMonths.trim()) {
    const months = whole(draft.validMonths);
    if (!(months >= 1 && months <= 120)) fields['qualificationValidMonths'] = t.monthsInvalid;
  }
  const badSession = (s: SessionDraft) => {
    const minutes = whole(s.minutes);
    return (
      !DATE.test(s.date) ||
      !TIME.test(s.time) ||
      !(minutes >= 15 && minutes <= 600) ||
      (!s.digital && s.place.trim().length === 0)
    );
  };
  if (draft.sessions.length === 0 || draft.sessions.some(badSession))
    fields['sessions'] = t.sessionInvalid;
  return fields;
}

export function courseInput(draft: CourseDraft): CreateCourseInput {
  const starter = draft.kind === 'STARTER_COURSE';
  return {
    title: draft.title.trim(),
    kind: draft.kind,
    description: draft.description.trim(),
    capacity: Number(draft.capacity),
    qualificationValidMonths:
      starter && draft.validMonths.trim() ? Number(draft.validMonths) : null,
    openToOtherCentres: draft.openToOtherCentres,
    sessions: draft.sessions.map((s) => ({
      startsAt: osloInstant(s.date, s.time),
      durationMinutes: Number(s.minutes),
      digital: s.digital,
      place: s.digital ? null : s.place.trim(),
      mandatory: s.mandatory,
    })),
  };
}

export function NewCourse({
  onSaved,
  onCancel,
}: {
  onSaved: (course: { id: string; title: string }) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<CourseDraft>(EMPTY_COURSE);
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [create, { loading }] = useMutation(CreateCourseDocument, { refetchQueries: ['Courses'] });
  const set = <K extends keyof CourseDraft>(key: K, value: CourseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setSession = (index: number, change: Partial<SessionDraft>) =>
    set(
      'sessions',
      draft.sessions.map((s, i) => (i === index ? { ...s, ...change } : s)),
    );
  const id = (field: string) => fieldId(ID, field);
  // The API names a session's field `sessions.0.place`: shown by the sessions fieldset.
  const error = (field: string) =>
    problems.fields[field] ??
    Object.entries(problems.fields).find(([key]) => key.startsWith(`${field}.`))?.[1];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = checkCourse(draft);
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      const { data } = await create({ variables: { input: courseInput(draft) } });
      if (data) onSaved(data.createCourse);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Card data-color="neutral" className="new-course">
      <form onSubmit={submit} noValidate aria-labelledby="new-course-title" className="form">
        <Heading level={2} data-size="sm" id="new-course-title">
          {t.newCourseTitle}
        </Heading>
        <FormErrors {...problems} idPrefix={ID} labels={LABELS} />
        <Textfield
          id={id('title')}
          label={t.courseTitle}
          value={draft.title}
          onChange={(e) => set('title', e.target.value)}
          error={error('title')}
        />
        <Fieldset>
          <Fieldset.Legend>{t.kind}</Fieldset.Legend>
          <Fieldset.Description>{t.kindHelp}</Fieldset.Description>
          <div className="choices">
            {(['STARTER_COURSE', 'GUIDANCE'] as const).map((kind) => (
              <Radio
                key={kind}
                name="course-kind"
                value={kind}
                label={t.kinds[kind]}
                checked={draft.kind === kind}
                onChange={() => set('kind', kind)}
              />
            ))}
          </div>
        </Fieldset>
        <Field>
          <Label htmlFor={id('description')}>{t.description}</Label>
          <Textarea
            id={id('description')}
            rows={3}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </Field>
        <div className="two-columns">
          <Textfield
            id={id('capacity')}
            label={t.capacity}
            inputMode="numeric"
            value={draft.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            error={error('capacity')}
          />
          {draft.kind === 'STARTER_COURSE' && (
            <Textfield
              id={id('qualificationValidMonths')}
              label={t.validMonths}
              description={t.validMonthsHelp}
              inputMode="numeric"
              value={draft.validMonths}
              onChange={(e) => set('validMonths', e.target.value)}
              error={error('qualificationValidMonths')}
            />
          )}
        </div>
        <Checkbox
          label={t.openToOthers}
          description={t.openToOthersHelp}
          checked={draft.openToOtherCentres}
          onChange={(e) => set('openToOtherCentres', e.target.checked)}
        />
        <Fieldset id={id('sessions')}>
          <Fieldset.Legend>{t.sessions}</Fieldset.Legend>
          <Fieldset.Description>{t.sessionsHelp}</Fieldset.Description>
          {draft.sessions.map((s, index) => {
            const sid = `${id('sessions')}-${index}`;
            return (
              <div
                key={index}
                className="course-session"
                role="group"
                aria-label={t.session(index + 1)}
              >
                <Textfield
                  id={`${sid}-date`}
                  label={t.date}
                  type="date"
                  value={s.date}
                  onChange={(e) => setSession(index, { date: e.target.value })}
                />
                <Textfield
                  id={`${sid}-time`}
                  label={t.time}
                  type="time"
                  value={s.time}
                  onChange={(e) => setSession(index, { time: e.target.value })}
                />
                <Textfield
                  id={`${sid}-minutes`}
                  label={t.minutes}
                  inputMode="numeric"
                  value={s.minutes}
                  onChange={(e) => setSession(index, { minutes: e.target.value })}
                />
                {!s.digital && (
                  <Textfield
                    id={`${sid}-place`}
                    label={t.place}
                    value={s.place}
                    onChange={(e) => setSession(index, { place: e.target.value })}
                  />
                )}
                <div className="choices course-session__choices">
                  <Checkbox
                    label={t.digital}
                    checked={s.digital}
                    onChange={(e) => setSession(index, { digital: e.target.checked })}
                  />
                  <Checkbox
                    label={t.mandatory}
                    checked={s.mandatory}
                    onChange={(e) => setSession(index, { mandatory: e.target.checked })}
                  />
                  {draft.sessions.length > 1 && (
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      onClick={() =>
                        set(
                          'sessions',
                          draft.sessions.filter((_, i) => i !== index),
                        )
                      }
                    >
                      {t.removeSession(index + 1)}
                    </Button>
                  )}
                </div>
              </div>
            );
          })}
          {error('sessions') && <ValidationMessage>{error('sessions')}</ValidationMessage>}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              set('sessions', [
                ...draft.sessions,
                { ...(draft.sessions.at(-1) ?? EMPTY_SESSION), date: '' },
              ])
            }
          >
            {t.addSession}
          </Button>
        </Fieldset>
        <div className="step__actions">
          <Button type="submit" disabled={loading}>
            {loading ? texts.saving : t.saveCourse}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </Card>
  );
}

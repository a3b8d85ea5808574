import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Heading,
  Label,
  List,
  Paragraph,
  Select,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { ChoiceGroup } from '../components/ChoiceGroup';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormErrors, fieldId } from '../components/form-errors';
import { Empty, LoadError, Loading, PageHeading } from '../components/states';
import type {
  CompositionPreference,
  ConsentKind,
  GroupFormatPreference,
  ParticipantFieldsFragment,
  PreferencesInput,
  TimeOfDay,
  Weekday,
} from '../gql/graphql';
import { formProblems, type FormProblems, messageOf } from '../graphql/errors';
import {
  AddGroupMemberDocument,
  EraseParticipantDocument,
  GroupSuggestionsDocument,
  ParticipantContactDocument,
  ParticipantDocument,
  ParticipantExportDocument,
  RecordConsentDocument,
  UpdateParticipantDocument,
  WithdrawConsentDocument,
} from '../graphql/people-operations';
import { formatDateTime, texts } from '../texts';

const t = texts.people;
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
const COMPOSITIONS: CompositionPreference[] = ['MIXED', 'THEMED', 'EITHER'];
const CONSENTS: ConsentKind[] = ['KEEP_DATA', 'KEEP_TARGET_GROUP_DATA', 'ANONYMOUS_SURVEYS'];
/** Where the app goes after the person is erased, with the message. */
export const AFTER_ERASURE = '/venteliste';

export function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')
  );
}

export function Participant() {
  const { id = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const { data, loading, error, refetch } = useQuery(ParticipantDocument, { variables: { id } });
  const person = data?.participant;
  if (loading && !data) return <Loading />;
  if (!person) {
    return (
      <>
        <PageHeading title={t.factsTitle}>{t.factsTitle}</PageHeading>
        {isNotFound(error) ? (
          <Alert data-color="warning" role="alert">
            <Paragraph>{t.notFound}</Paragraph>
          </Alert>
        ) : (
          <LoadError error={error} retry={() => void refetch()} />
        )}
        <Link to="/venteliste">{t.backToWaitlist}</Link>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t.title(person.displayName)}>{t.title(person.displayName)}</PageHeading>
      {notice && (
        <Alert data-color="success">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <div className="person-grid">
        <Facts person={person} />
        <Contact person={person} />
        <Preferences person={person} />
        <Consents person={person} />
        <Suggestions person={person} />
        <Privacy person={person} />
      </div>
      <Link to="/venteliste">{t.backToWaitlist}</Link>
    </>
  );
}

function Facts({ person }: { person: ParticipantFieldsFragment }) {
  return (
    <Card data-color="neutral" className="facts">
      <Heading level={2} data-size="xs">
        {t.factsTitle}
      </Heading>
      <dl>
        <dt>{t.status}</dt>
        <dd>{texts.enums.participantStatus[person.status]}</dd>
        <dt>{t.birthYear}</dt>
        <dd>{person.birthYear ?? t.none}</dd>
        <dt>{t.municipality}</dt>
        <dd>{person.municipality ?? t.none}</dd>
        <dt>{t.registered}</dt>
        <dd>{formatDateTime(person.createdAt)}</dd>
        {person.waitingSince && (
          <>
            <dt>{t.waitingSince}</dt>
            <dd>{formatDateTime(person.waitingSince)}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}

/** Shown on demand only, and never cached: every look is one read in the audit trail. */
function Contact({ person }: { person: ParticipantFieldsFragment }) {
  const client = useApolloClient();
  const [contact, setContact] = useState<{ phone?: string | null; email?: string | null } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nothing = !person.hasPhone && !person.hasEmail;

  async function show() {
    setBusy(true);
    setError(null);
    try {
      const { data } = await client.query({
        query: ParticipantContactDocument,
        variables: { id: person.id },
        fetchPolicy: 'no-cache',
      });
      setContact(data?.participant.contact ?? null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card data-color="neutral" className="person-card">
      <Heading level={2} data-size="xs">
        {t.contactTitle}
      </Heading>
      {nothing ? (
        <Paragraph data-size="sm">{t.noContact}</Paragraph>
      ) : contact ? (
        <>
          <dl>
            <dt>{t.phone}</dt>
            <dd>{contact.phone ?? t.notGiven}</dd>
            <dt>{t.email}</dt>
            <dd>{contact.email ?? t.notGiven}</dd>
          </dl>
          <Paragraph data-size="sm" role="status">
            {t.contactLogged}
          </Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => setContact(null)}>
            {t.hideContact}
          </Button>
        </>
      ) : (
        <>
          <Paragraph data-size="sm">{t.contactIntro}</Paragraph>
          <Button variant="secondary" onClick={() => void show()} disabled={busy}>
            {busy ? texts.loading : t.showContact}
          </Button>
        </>
      )}
      {error !== null && <LoadError error={error} />}
    </Card>
  );
}

interface PreferencesDraft {
  timesOfDay: TimeOfDay[];
  weekdays: Weekday[];
  format: GroupFormatPreference | '';
  composition: CompositionPreference | '';
  theme: string;
  notes: string;
}

function draftOf(person: ParticipantFieldsFragment): PreferencesDraft {
  const p = person.preferences;
  return {
    timesOfDay: [...p.timesOfDay],
    weekdays: [...p.weekdays],
    format: p.format ?? '',
    composition: p.composition ?? '',
    theme: p.theme ?? '',
    notes: p.notes ?? '',
  };
}

/**
 * What the API takes. The lists are always sent: an empty one clears the wish (every box
 * unticked). A text left empty is left out, which keeps what was there.
 */
export function preferencesInput(draft: PreferencesDraft): PreferencesInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    timesOfDay: draft.timesOfDay,
    weekdays: draft.weekdays,
    format: draft.format || undefined,
    composition: draft.composition || undefined,
    theme: text(draft.theme),
    notes: text(draft.notes),
  };
}

const PREFERENCE_LABELS: Record<string, string> = {
  'preferences.timesOfDay': t.timesOfDay,
  'preferences.weekdays': t.weekdays,
  'preferences.format': t.format,
  'preferences.composition': t.composition,
  'preferences.theme': t.theme,
  'preferences.notes': t.notes,
};

function wishes(person: ParticipantFieldsFragment): string {
  const p = person.preferences;
  return (
    [
      ...p.weekdays.map((d) => texts.enums.weekday[d]),
      ...p.timesOfDay.map((d) => texts.enums.timeOfDay[d].toLowerCase()),
      p.format ? texts.enums.formatPreference[p.format].toLowerCase() : null,
      p.composition ? texts.compositionPreference[p.composition].toLowerCase() : null,
      p.theme,
    ]
      .filter(Boolean)
      .join(', ')
      .replace(/^./, (c) => c.toUpperCase()) || t.noWish
  );
}

export function Preferences({ person }: { person: ParticipantFieldsFragment }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<PreferencesDraft>(() => draftOf(person));
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateParticipantDocument, {
    refetchQueries: ['Waitlist', 'GroupSuggestions'],
  });
  const set = <K extends keyof PreferencesDraft>(key: K, value: PreferencesDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const id = (field: string) => fieldId('prefs', field);
  const error = (field: string) => problems.fields[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await update({
        variables: { input: { id: person.id, preferences: preferencesInput(draft) } },
      });
      setProblems({ fields: {}, message: null });
      setEditing(false);
      setSaved(true);
    } catch (failure) {
      // What was chosen stays; only the problems are shown.
      setProblems(formProblems(failure));
    }
  }

  return (
    <Card data-color="neutral" className="person-card person-card--wide">
      <Heading level={2} data-size="xs" id="prefs-title">
        {t.preferencesTitle}
      </Heading>
      {!editing ? (
        <>
          <Paragraph>{wishes(person)}</Paragraph>
          {person.preferences.notes && (
            <Paragraph data-size="sm">{person.preferences.notes}</Paragraph>
          )}
          {saved && (
            <Paragraph data-size="sm" role="status" className="saved">
              {t.preferencesSaved}
            </Paragraph>
          )}
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => {
              setDraft(draftOf(person));
              setSaved(false);
              setEditing(true);
            }}
          >
            {t.editPreferences}
          </Button>
        </>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="prefs-title" className="form">
          <FormErrors {...problems} idPrefix="prefs" labels={PREFERENCE_LABELS} />
          <ChoiceGroup
            multiple
            id={id('preferences.timesOfDay')}
            legend={t.timesOfDay}
            options={TIMES}
            label={(v) => texts.enums.timeOfDay[v]}
            value={draft.timesOfDay}
            onChange={(v) => set('timesOfDay', v)}
            error={error('preferences.timesOfDay')}
          />
          <ChoiceGroup
            multiple
            id={id('preferences.weekdays')}
            legend={t.weekdays}
            options={WEEKDAYS}
            label={(v) => texts.enums.weekday[v]}
            value={draft.weekdays}
            onChange={(v) => set('weekdays', v)}
            error={error('preferences.weekdays')}
          />
          <ChoiceGroup
            id={id('preferences.format')}
            name="prefs-format"
            legend={t.format}
            options={FORMATS}
            label={(v) => texts.enums.formatPreference[v]}
            value={draft.format || null}
            onChange={(v) => set('format', v)}
            error={error('preferences.format')}
          />
          <Field>
            <Label htmlFor={id('preferences.composition')}>{t.composition}</Label>
            <Select
              id={id('preferences.composition')}
              value={draft.composition}
              aria-invalid={error('preferences.composition') ? true : undefined}
              onChange={(e) => set('composition', e.target.value as CompositionPreference | '')}
            >
              <Select.Option value="">{t.noWish}</Select.Option>
              {COMPOSITIONS.map((v) => (
                <Select.Option key={v} value={v}>
                  {texts.compositionPreference[v]}
                </Select.Option>
              ))}
            </Select>
            {error('preferences.composition') && (
              <ValidationMessage>{error('preferences.composition')}</ValidationMessage>
            )}
          </Field>
          <Textfield
            id={id('preferences.theme')}
            label={t.theme}
            value={draft.theme}
            onChange={(e) => set('theme', e.target.value)}
            error={error('preferences.theme')}
          />
          <Textfield
            id={id('preferences.notes')}
            label={t.notes}
            value={draft.notes}
            onChange={(e) => set('notes', e.target.value)}
            error={error('preferences.notes')}
          />
          <div className="step__actions">
            <Button type="submit" disabled={loading}>
              {loading ? texts.saving : t.savePreferences}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}

function Consents({ person }: { person: ParticipantFieldsFragment }) {
  const navigate = useNavigate();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refetchQueries = ['Participant'];
  const [record, recording] = useMutation(RecordConsentDocument, { refetchQueries });
  const [withdraw, withdrawing] = useMutation(WithdrawConsentDocument, { refetchQueries });

  async function run(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await action();
      setMessage({ ok: true, text: done });
    } catch (failure) {
      setMessage({ ok: false, text: messageOf(failure) });
    }
  }

  async function withdrawKeepData() {
    try {
      await withdraw({
        variables: { participantId: person.id, kind: 'KEEP_DATA' },
        refetchQueries: ['Waitlist', 'OpenInquiries', 'Today'],
      });
      navigate(AFTER_ERASURE, { state: { notice: t.erased(person.displayName) } });
    } catch (failure) {
      setConfirming(false);
      setMessage({ ok: false, text: messageOf(failure) });
    }
  }

  const busy = recording.loading || withdrawing.loading;
  return (
    <Card data-color="neutral" className="person-card person-card--wide">
      <Heading level={2} data-size="xs">
        {t.consentsTitle}
      </Heading>
      <Paragraph data-size="sm">{t.consentsIntro}</Paragraph>
      <ul className="consents">
        {CONSENTS.map((kind) => {
          const label = texts.consentKind[kind];
          const active = person.consents.find((c) => c.kind === kind && c.active);
          const latest = person.consents.filter((c) => c.kind === kind).at(-1);
          return (
            <li key={kind} className="consents__item">
              <div>
                <strong>{label}</strong>{' '}
                {active ? (
                  <Tag data-color="success">{t.consentGiven(formatDateTime(active.givenAt))}</Tag>
                ) : latest?.withdrawnAt ? (
                  <Tag data-color="neutral">
                    {t.consentWithdrawn(formatDateTime(latest.withdrawnAt))}
                  </Tag>
                ) : (
                  <Tag data-color="neutral">{t.consentMissing}</Tag>
                )}
              </div>
              {active ? (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={busy}
                  onClick={() =>
                    kind === 'KEEP_DATA'
                      ? setConfirming(true)
                      : void run(
                          () => withdraw({ variables: { participantId: person.id, kind } }),
                          t.consentWithdrawnDone,
                        )
                  }
                >
                  {t.withdrawConsent(label)}
                </Button>
              ) : (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () => record({ variables: { participantId: person.id, kind } }),
                      t.consentRecorded,
                    )
                  }
                >
                  {t.recordConsent(label)}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {message &&
        (message.ok ? (
          <Paragraph data-size="sm" role="status" className="saved">
            {message.text}
          </Paragraph>
        ) : (
          <Alert data-color="danger" role="alert">
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        ))}
      <ConfirmDialog
        open={confirming}
        title={t.withdrawKeepDataTitle}
        confirm={t.withdrawAndErase}
        busy={withdrawing.loading && t.erasing}
        onConfirm={() => void withdrawKeepData()}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>{t.withdrawKeepDataBody}</Paragraph>
      </ConfirmDialog>
    </Card>
  );
}

function Suggestions({ person }: { person: ParticipantFieldsFragment }) {
  // The API suggests groups only for people on the waitlist.
  const waiting = person.status === 'WAITING';
  const { data, loading, error, refetch } = useQuery(GroupSuggestionsDocument, {
    variables: { participantId: person.id },
    skip: !waiting,
  });
  const [add, adding] = useMutation(AddGroupMemberDocument, {
    refetchQueries: ['Participant', 'GroupSuggestions', 'Waitlist'],
  });
  const [result, setResult] = useState<{ ok: boolean; text: string; warnings?: string[] } | null>(
    null,
  );

  async function addTo(groupId: string, groupName: string) {
    setResult(null);
    try {
      const { data: added } = await add({
        variables: { input: { groupId, participantId: person.id } },
      });
      setResult({
        ok: true,
        text: t.added(person.displayName, groupName),
        warnings: added?.addGroupMember.warnings,
      });
    } catch (failure) {
      setResult({ ok: false, text: messageOf(failure) });
    }
  }

  return (
    <Card data-color="neutral" className="person-card person-card--wide">
      <Heading level={2} data-size="xs">
        {t.suggestionsTitle}
      </Heading>
      <Paragraph data-size="sm">{t.suggestionsIntro}</Paragraph>
      {result &&
        (result.ok ? (
          <Alert data-color="success">
            <Paragraph role="status">{result.text}</Paragraph>
            {result.warnings?.map((w) => (
              <Paragraph key={w} data-size="sm">
                {w}
              </Paragraph>
            ))}
          </Alert>
        ) : (
          <Alert data-color="danger" role="alert">
            <Paragraph>{result.text}</Paragraph>
          </Alert>
        ))}
      {!waiting && <Empty>{t.suggestionsOnlyWaiting}</Empty>}
      {waiting && loading && !data && <Loading />}
      {waiting && error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {waiting &&
        data &&
        (data.groupSuggestions.length === 0 ? (
          <Empty>{t.noSuggestions}</Empty>
        ) : (
          <ul className="suggestions">
            {data.groupSuggestions.map(({ group, reasons, score }) => (
              <li key={group.id} className="suggestion">
                <Heading level={3} data-size="2xs">
                  {group.name}
                </Heading>
                <Paragraph data-size="sm">
                  {[
                    t.groupTime(texts.enums.weekday[group.weekday], group.startTime.slice(0, 5)),
                    texts.enums.groupFormat[group.format],
                    group.municipality,
                    t.members(group.memberCount, group.capacity),
                    t.score(score),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Paragraph>
                <List.Unordered data-size="sm">
                  {reasons.map((r) => (
                    <List.Item key={r.criterion}>{r.explanation}</List.Item>
                  ))}
                </List.Unordered>
                <Button
                  data-size="sm"
                  disabled={adding.loading}
                  onClick={() => void addTo(group.id, group.name)}
                >
                  {t.addToGroup(group.name)}
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </Card>
  );
}

/** A file name without spaces or letters a file system might refuse. */
export function exportFileName(name: string, now = new Date()): string {
  const safe =
    name
      .replace(/[øØ]/g, 'o')
      .replace(/[æÆ]/g, 'ae')
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'person';
  return t.exportFileName(safe, now.toISOString().slice(0, 10));
}

function download(fileName: string, content: unknown) {
  const blob = new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function Privacy({ person }: { person: ParticipantFieldsFragment }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erase, erasing] = useMutation(EraseParticipantDocument, {
    refetchQueries: ['Waitlist', 'OpenInquiries', 'Today'],
  });

  async function exportAll() {
    setExporting(true);
    setProblem(null);
    setExported(false);
    try {
      const { data } = await client.query({
        query: ParticipantExportDocument,
        variables: { id: person.id },
        fetchPolicy: 'no-cache',
      });
      download(exportFileName(person.displayName), data?.participantExport);
      setExported(true);
    } catch (failure) {
      setProblem(messageOf(failure));
    } finally {
      setExporting(false);
    }
  }

  async function eraseNow() {
    try {
      await erase({ variables: { id: person.id } });
      client.cache.evict({
        id: client.cache.identify({ __typename: 'Participant', id: person.id }),
      });
      navigate(AFTER_ERASURE, { state: { notice: t.erased(person.displayName) } });
    } catch (failure) {
      setConfirming(false);
      setProblem(messageOf(failure));
    }
  }

  return (
    <Card data-color="neutral" className="person-card person-card--wide">
      <Heading level={2} data-size="xs">
        {t.exportTitle}
      </Heading>
      <Paragraph data-size="sm">{t.exportIntro}</Paragraph>
      <div className="step__actions">
        <Button variant="secondary" onClick={() => void exportAll()} disabled={exporting}>
          {exporting ? t.exporting : t.export}
        </Button>
        <Button data-color="danger" variant="secondary" onClick={() => setConfirming(true)}>
          {t.erase}
        </Button>
      </div>
      {exported && (
        <Paragraph data-size="sm" role="status" className="saved">
          {t.exported}
        </Paragraph>
      )}
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      <ConfirmDialog
        open={confirming}
        title={t.eraseTitle(person.displayName)}
        confirm={t.eraseConfirm}
        busy={erasing.loading && t.erasing}
        onConfirm={() => void eraseNow()}
        onCancel={() => setConfirming(false)}
      >
        <Paragraph>{t.eraseDeleted}</Paragraph>
        <List.Unordered>
          {t.eraseDeletedItems.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List.Unordered>
        <Paragraph>{t.eraseKept}</Paragraph>
        <List.Unordered>
          {t.eraseKeptItems.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List.Unordered>
        <Paragraph>
          <strong>{t.eraseFinal}</strong>
        </Paragraph>
      </ConfirmDialog>
    </Card>
  );
}

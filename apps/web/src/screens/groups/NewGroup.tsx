import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Field,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { ChoiceGroup } from '../../components/ChoiceGroup';
import { FormErrors, fieldId } from '../../components/form-errors';
import { LoadError, Loading, PageHeading } from '../../components/states';
import type {
  CreateGroupInput,
  GroupComposition,
  GroupFormat,
  GroupKind,
  GroupProposalsQuery,
  TimeOfDay,
  Weekday,
} from '../../gql/graphql';
import { formProblems, type FormProblems } from '../../graphql/errors';
import {
  CreateGroupDocument,
  CreateGroupFromProposalDocument,
  GroupProposalsDocument,
} from '../../graphql/group-operations';
import type { Me } from '../../session/session';
import { texts } from '../../texts';
import { todayInOslo } from './group-format';
import { proposalSummary, Reasons } from './GroupProposals';

const t = texts.groups;
const ID = 'group';
const WEEKDAYS = Object.keys(texts.enums.weekday) as Weekday[];
const KINDS: GroupKind[] = ['CLOSED', 'OPEN'];
const FORMATS: GroupFormat[] = ['PHYSICAL', 'DIGITAL'];
const COMPOSITIONS: GroupComposition[] = ['MIXED', 'THEMED'];

/** A start time inside each time of day (the API derives the time of day from the time). */
const TIME_FOR: Record<TimeOfDay, string> = {
  MORNING: '09:00',
  FORENOON: '10:30',
  AFTERNOON: '13:00',
  EVENING: '18:00',
};

type Proposal = GroupProposalsQuery['groupProposals'][number];

export interface GroupDraft {
  name: string;
  kind: GroupKind;
  format: GroupFormat;
  composition: GroupComposition;
  theme: string;
  weekday: Weekday;
  startTime: string;
  durationMinutes: string;
  startDate: string;
  municipality: string;
  meetingLink: string;
  capacity: string;
  ageRangeMin: string;
  ageRangeMax: string;
}

/** The next `weekday` after `today` ("YYYY-MM-DD"), as the first meeting. */
export function nextWeekday(weekday: Weekday, today = todayInOslo()): string {
  const date = new Date(`${today}T12:00:00Z`);
  const target = (WEEKDAYS.indexOf(weekday) + 1) % 7; // getUTCDay: Sunday 0
  let days = (target - date.getUTCDay() + 7) % 7;
  if (days === 0) days = 7;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function emptyDraft(maxSize = 8): GroupDraft {
  return {
    name: '',
    kind: 'CLOSED',
    format: 'PHYSICAL',
    composition: 'MIXED',
    theme: '',
    weekday: 'TUESDAY',
    startTime: '18:00',
    durationMinutes: '120',
    startDate: nextWeekday('TUESDAY'),
    municipality: '',
    meetingLink: '',
    capacity: String(maxSize),
    ageRangeMin: '',
    ageRangeMax: '',
  };
}

export function draftFromProposal(p: Proposal, maxSize = 8): GroupDraft {
  return {
    ...emptyDraft(maxSize),
    kind: 'CLOSED',
    format: p.format,
    composition: p.composition,
    theme: p.theme ?? '',
    weekday: p.weekday,
    startTime: TIME_FOR[p.timeOfDay],
    startDate: nextWeekday(p.weekday),
    municipality: p.municipality ?? '',
  };
}

const whole = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN);
const optionalNumber = (value: string) => (value.trim() === '' ? undefined : whole(value));

export function toGroupInput(draft: GroupDraft): CreateGroupInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    format: draft.format,
    composition: draft.composition,
    theme: draft.composition === 'THEMED' ? text(draft.theme) : undefined,
    weekday: draft.weekday,
    startTime: draft.startTime.trim(),
    durationMinutes: whole(draft.durationMinutes),
    startDate: draft.startDate,
    municipality: draft.format === 'PHYSICAL' ? draft.municipality || undefined : undefined,
    meetingLink: draft.format === 'DIGITAL' ? text(draft.meetingLink) : undefined,
    capacity: optionalNumber(draft.capacity),
    ageRangeMin: optionalNumber(draft.ageRangeMin),
    ageRangeMax: optionalNumber(draft.ageRangeMax),
  };
}

/** What can be said before asking the API; the API says the rest next to the same fields. */
export function checkGroupDraft(draft: GroupDraft): Record<string, string> {
  const fields: Record<string, string> = {};
  if (draft.name.trim().length < 2) fields['name'] = t.nameRequired;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.startTime.trim())) {
    fields['startTime'] = t.startTimeInvalid;
  }
  if (!draft.startDate) fields['startDate'] = t.dateRequired;
  if (draft.format === 'PHYSICAL' && !draft.municipality) {
    fields['municipality'] = t.municipalityRequired;
  }
  if (draft.composition === 'THEMED' && !draft.theme.trim()) fields['theme'] = t.themeRequired;
  for (const key of ['durationMinutes', 'capacity', 'ageRangeMin', 'ageRangeMax'] as const) {
    if (draft[key].trim() !== '' && Number.isNaN(whole(draft[key]))) {
      fields[key] = t.numberInvalid;
    }
  }
  return fields;
}

const LABELS: Record<string, string> = {
  name: t.name,
  kind: t.kind,
  format: t.format,
  composition: t.composition,
  theme: t.theme,
  weekday: t.weekday,
  startTime: t.startTime,
  durationMinutes: t.durationMinutes,
  startDate: t.firstMeeting,
  municipality: t.municipality,
  meetingLink: t.meetingLink,
  capacity: t.capacity,
  ageRangeMin: t.ageRangeMin,
  ageRangeMax: t.ageRangeMax,
  participantIds: t.proposalWho,
};

/** The API names createGroupFromProposal's fields `group.name`; the form names them `name`. */
function withoutGroupPrefix(problems: FormProblems): FormProblems {
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(problems.fields)) {
    fields[key.replace(/^group\./, '')] = message;
  }
  return { fields, message: problems.message };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * A new group: plain ("Ny gruppe"), or from a proposal (`?deltakere=id,id`), when its people
 * become the members in the same step.
 */
export function NewGroup({ me }: { me: Pick<Me, 'activeCentre'> }) {
  const [params] = useSearchParams();
  const wanted = useMemo(
    () => (params.get('deltakere') ?? '').split(',').filter(Boolean),
    [params],
  );
  const fromProposal = wanted.length > 0;
  const { data, loading, error, refetch } = useQuery(GroupProposalsDocument);
  const title = fromProposal ? t.fromProposalTitle : t.newGroupTitle;
  const proposal = data?.groupProposals.find((p) =>
    sameSet(
      p.participants.map((x) => x.id),
      wanted,
    ),
  );
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Link to={fromProposal ? '/grupper/forslag' : '/grupper'}>
        {fromProposal ? t.toProposals : t.back}
      </Link>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data && fromProposal && !proposal && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t.proposalGone}</Paragraph>
          <Link to="/grupper/forslag">{t.toProposals}</Link>
        </Alert>
      )}
      {data && (!fromProposal || proposal) && (
        <GroupForm
          key={wanted.join()}
          me={me}
          proposal={proposal}
          minSize={data.groupSettings.groupMinSize}
          maxSize={data.groupSettings.groupMaxSize}
        />
      )}
    </>
  );
}

export function GroupForm({
  me,
  proposal,
  minSize,
  maxSize,
}: {
  me: Pick<Me, 'activeCentre'>;
  proposal?: Proposal;
  minSize: number;
  maxSize: number;
}) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<GroupDraft>(() =>
    proposal ? draftFromProposal(proposal, maxSize) : emptyDraft(maxSize),
  );
  const [people, setPeople] = useState<string[]>(
    () => proposal?.participants.map((p) => p.id) ?? [],
  );
  const [problems, setProblems] = useState<FormProblems>({ fields: {}, message: null });
  const refetchQueries = ['GroupsBoard', 'GroupProposals', 'Today', 'Waitlist'];
  const [create, created] = useMutation(CreateGroupDocument, { refetchQueries });
  const [createFrom, createdFrom] = useMutation(CreateGroupFromProposalDocument, {
    refetchQueries,
  });
  const saving = created.loading || createdFrom.loading;
  const set = <K extends keyof GroupDraft>(key: K, value: GroupDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) => problems.fields[field];
  const id = (field: string) => fieldId(ID, field);

  // A new weekday moves the first meeting to that day, unless the coordinator chose another.
  const [dateTouched, setDateTouched] = useState(false);
  useEffect(() => {
    if (!dateTouched) setDraft((d) => ({ ...d, startDate: nextWeekday(d.weekday) }));
  }, [draft.weekday, dateTouched]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = checkGroupDraft(draft);
    if (proposal && people.length === 0) fields['participantIds'] = t.peopleRequired;
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    const input = toGroupInput(draft);
    try {
      if (proposal) {
        const { data } = await createFrom({
          variables: { input: { group: { ...input, kind: 'CLOSED' }, participantIds: people } },
        });
        if (data) {
          const { group, warnings } = data.createGroupFromProposal;
          navigate(`/grupper/${group.id}`, {
            state: {
              notice: warnings.length
                ? t.createdWithWarnings(group.name, warnings.join(' '))
                : t.created(group.name),
            },
          });
        }
      } else {
        const { data } = await create({ variables: { input } });
        if (data) {
          navigate(`/grupper/${data.createGroup.id}`, {
            state: { notice: t.created(data.createGroup.name) },
          });
        }
      }
    } catch (failure) {
      // The draft stays as it was typed; only the problems are shown.
      setProblems(withoutGroupPrefix(formProblems(failure)));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form" aria-label={t.newGroupTitle}>
      <Paragraph>{proposal ? t.fromProposalIntro : t.newGroupIntro}</Paragraph>
      <FormErrors
        fields={problems.fields}
        message={problems.message}
        labels={LABELS}
        idPrefix={ID}
      />

      {proposal && (
        <Card data-color="neutral" className="group-form__proposal">
          <Paragraph>
            <strong>{proposalSummary(proposal)}</strong>
          </Paragraph>
          <Reasons reasons={proposal.reasons} />
          <ChoiceGroup
            multiple
            size="sm"
            id={id('participantIds')}
            legend={t.proposalWho}
            description={t.proposalWhoHelp}
            options={proposal.participants.map((p) => p.id)}
            label={(personId) =>
              proposal.participants.find((p) => p.id === personId)?.displayName ?? ''
            }
            value={people}
            onChange={setPeople}
            error={error('participantIds')}
          />
        </Card>
      )}

      <Textfield
        id={id('name')}
        label={t.name}
        description={t.nameHelp}
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={error('name')}
        autoComplete="off"
      />

      {!proposal && (
        <ChoiceGroup
          id={id('kind')}
          name="kind"
          legend={t.kind}
          options={KINDS}
          label={(k) => texts.groupEnums.kind[k]}
          value={draft.kind}
          onChange={(k) => set('kind', k)}
          error={error('kind')}
        />
      )}

      <div className="two-columns">
        <Field>
          <Label htmlFor={id('weekday')}>{t.weekday}</Label>
          <Select
            id={id('weekday')}
            value={draft.weekday}
            onChange={(e) => set('weekday', e.target.value as Weekday)}
            aria-invalid={error('weekday') ? true : undefined}
          >
            {WEEKDAYS.map((w) => (
              <Select.Option key={w} value={w}>
                {texts.enums.weekday[w]}
              </Select.Option>
            ))}
          </Select>
          {error('weekday') && <ValidationMessage>{error('weekday')}</ValidationMessage>}
        </Field>
        <Textfield
          id={id('startTime')}
          label={t.startTime}
          type="time"
          value={draft.startTime}
          onChange={(e) => set('startTime', e.target.value)}
          error={error('startTime')}
        />
        <Textfield
          id={id('startDate')}
          label={t.firstMeeting}
          type="date"
          value={draft.startDate}
          onChange={(e) => {
            setDateTouched(true);
            set('startDate', e.target.value);
          }}
          error={error('startDate')}
        />
        <Textfield
          id={id('durationMinutes')}
          label={t.durationMinutes}
          inputMode="numeric"
          value={draft.durationMinutes}
          onChange={(e) => set('durationMinutes', e.target.value)}
          error={error('durationMinutes')}
        />
      </div>

      <ChoiceGroup
        id={id('format')}
        name="format"
        legend={t.format}
        options={FORMATS}
        label={(f) => texts.enums.groupFormat[f]}
        value={draft.format}
        onChange={(f) => set('format', f)}
      />

      {draft.format === 'PHYSICAL' ? (
        <Field>
          <Label htmlFor={id('municipality')}>{t.municipality}</Label>
          <Select
            id={id('municipality')}
            value={draft.municipality}
            onChange={(e) => set('municipality', e.target.value)}
            aria-invalid={error('municipality') ? true : undefined}
          >
            <Select.Option value="">{t.chooseMunicipality}</Select.Option>
            {(me.activeCentre?.municipalities ?? []).map((m) => (
              <Select.Option key={m} value={m}>
                {m}
              </Select.Option>
            ))}
          </Select>
          {error('municipality') && <ValidationMessage>{error('municipality')}</ValidationMessage>}
        </Field>
      ) : (
        <Textfield
          id={id('meetingLink')}
          label={t.meetingLink}
          description={t.meetingLinkHelp}
          type="url"
          value={draft.meetingLink}
          onChange={(e) => set('meetingLink', e.target.value)}
          error={error('meetingLink')}
        />
      )}

      <ChoiceGroup
        id={id('composition')}
        name="composition"
        legend={t.composition}
        options={COMPOSITIONS}
        label={(c) => texts.groupEnums.composition[c]}
        value={draft.composition}
        onChange={(c) => set('composition', c)}
      />
      {draft.composition === 'THEMED' && (
        <Textfield
          id={id('theme')}
          label={t.theme}
          value={draft.theme}
          onChange={(e) => set('theme', e.target.value)}
          error={error('theme')}
        />
      )}

      <div className="two-columns">
        <Textfield
          id={id('capacity')}
          label={t.capacity}
          description={draft.kind === 'CLOSED' ? t.capacityHelp(minSize, maxSize) : undefined}
          inputMode="numeric"
          value={draft.capacity}
          onChange={(e) => set('capacity', e.target.value)}
          error={error('capacity')}
        />
        <Textfield
          id={id('ageRangeMin')}
          label={t.ageRangeMin}
          inputMode="numeric"
          value={draft.ageRangeMin}
          onChange={(e) => set('ageRangeMin', e.target.value)}
          error={error('ageRangeMin')}
        />
        <Textfield
          id={id('ageRangeMax')}
          label={t.ageRangeMax}
          inputMode="numeric"
          value={draft.ageRangeMax}
          onChange={(e) => set('ageRangeMax', e.target.value)}
          error={error('ageRangeMax')}
        />
      </div>

      <Button type="submit" disabled={saving}>
        {saving ? texts.saving : t.create}
      </Button>
    </form>
  );
}

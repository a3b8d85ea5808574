import { CombinedGraphQLErrors } from '@apollo/client';
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
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';

import { Empty, LoadError, Loading } from '../../components/states';
import type { FollowUpKind, GroupDetailsFieldsFragment, StartupAgreement } from '../../gql/graphql';
import {
  InviteStarterBackDocument,
  RecordStarterReturnDocument,
} from '../../graphql/course-volunteer-operations';
import { formProblems, type FormProblems } from '../../graphql/errors';
import {
  AddGroupMemberDocument,
  AssignStarterDocument,
  LeaveGroupDocument,
  LogFollowUpDocument,
  ParticipantSuggestionsDocument,
  RecordOpenGroupMeetingDocument,
  RecordStartupMeetingDocument,
  ReleaseStarterDocument,
  StarterDirectoryDocument,
} from '../../graphql/group-operations';
import { formatDate, texts } from '../../texts';
import { Confirm } from './Confirm';
import { statusName, todayInOslo } from './group-format';

const t = texts.groups;
type Group = GroupDetailsFieldsFragment;
const NO_PROBLEMS: FormProblems = { fields: {}, message: null };
/** After a change on the page, what else shows the group or the people. */
const AFTER_CHANGE = ['Group', 'GroupsBoard', 'ParticipantSuggestions', 'Today', 'Waitlist'];

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card data-color="neutral" className="group-page__section">
      <section aria-labelledby={id}>
        <Heading level={2} data-size="xs" id={id}>
          {title}
        </Heading>
        {children}
      </section>
    </Card>
  );
}

function Saved({ shown, text = t.saved }: { shown: boolean; text?: string }) {
  return shown ? (
    <span role="status" className="saved">
      {text}
    </span>
  ) : null;
}

/** The group's members, first names only, each a link to the person; taking one out asks first. */
export function Members({ group }: { group: Group }) {
  const [removing, setRemoving] = useState<string | null>(null);
  const [backToWaitlist, setBackToWaitlist] = useState(true);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [leave, { loading }] = useMutation(LeaveGroupDocument, { refetchQueries: AFTER_CHANGE });
  const member = group.members.find((m) => m.id === removing);

  async function remove() {
    if (!member) return;
    try {
      await leave({
        variables: {
          input: { id: member.id, backToWaitlist, reason: reason.trim() || undefined },
        },
      });
      setNotice(t.removed(member.participant.displayName));
      setRemoving(null);
      setReason('');
      setProblem(null);
    } catch (failure) {
      const { fields, message } = formProblems(failure);
      setProblem([message, ...Object.values(fields)].filter(Boolean).join(' '));
    }
  }

  return (
    <Section
      title={`${t.membersTitle} (${t.membersOf(group.memberCount, group.capacity)})`}
      id="members-title"
    >
      {group.members.length === 0 ? (
        <Empty>{t.noMembers}</Empty>
      ) : (
        <ul className="plain-list member-list">
          {group.members.map((m) => (
            <li key={m.id}>
              <div className="member-row">
                <span>
                  <Link to={`/deltakere/${m.participant.id}`}>{m.participant.displayName}</Link>{' '}
                  <span className="relative">{t.joinedOn(formatDate(m.joinedOn))}</span>
                </span>
                {group.status !== 'ENDED' && (
                  <Button
                    variant="tertiary"
                    data-color="accent"
                    data-size="sm"
                    aria-label={t.remove(m.participant.displayName)}
                    aria-expanded={removing === m.id}
                    onClick={() => {
                      setNotice(null);
                      setProblem(null);
                      setRemoving(m.id);
                    }}
                  >
                    {t.removeShort}
                  </Button>
                )}
              </div>
              {removing === m.id && (
                <Confirm
                  question={t.confirmRemove(m.participant.displayName)}
                  confirm={t.confirmRemoveButton}
                  busy={loading}
                  onConfirm={() => void remove()}
                  onCancel={() => setRemoving(null)}
                >
                  <Checkbox
                    label={t.backToWaitlist}
                    checked={backToWaitlist}
                    onChange={(e) => setBackToWaitlist(e.target.checked)}
                  />
                  <Textfield
                    label={t.leaveReason}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    data-size="sm"
                  />
                  {problem && <ValidationMessage>{problem}</ValidationMessage>}
                </Confirm>
              )}
            </li>
          ))}
        </ul>
      )}
      <Saved shown={notice !== null} text={notice ?? ''} />
    </Section>
  );
}

/** Waiting people who suit a recruiting group (participantSuggestions), each one click away. */
export function Suggestions({ group }: { group: Group }) {
  const recruiting = group.status === 'RECRUITING';
  const { data, loading, error, refetch } = useQuery(ParticipantSuggestionsDocument, {
    variables: { groupId: group.id },
    skip: !recruiting,
    fetchPolicy: 'cache-and-network',
  });
  const [add, adding] = useMutation(AddGroupMemberDocument, { refetchQueries: AFTER_CHANGE });
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const full = group.memberCount >= group.capacity;

  async function addPerson(id: string, name: string) {
    setNotice(null);
    try {
      const { data: added } = await add({
        variables: { input: { groupId: group.id, participantId: id } },
      });
      setProblem(null);
      const warnings = added?.addGroupMember.warnings ?? [];
      setNotice([t.added(name), ...warnings].join(' '));
    } catch (failure) {
      const { fields, message } = formProblems(failure);
      setProblem({ id, message: [message, ...Object.values(fields)].filter(Boolean).join(' ') });
    }
  }

  return (
    <Section title={t.suggestionsTitle} id="suggestions-title">
      {!recruiting ? (
        <Paragraph data-size="sm">{t.suggestionsOnlyRecruiting}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t.suggestionsIntro}</Paragraph>
          {full && <Paragraph data-size="sm">{t.full}</Paragraph>}
          {loading && !data && <Loading />}
          {error && !data && <LoadError error={error} retry={() => void refetch()} />}
          {data &&
            (data.participantSuggestions.length === 0 ? (
              <Empty>{t.noSuggestions}</Empty>
            ) : (
              <ul className="plain-list">
                {data.participantSuggestions.map((s) => (
                  <li key={s.participant.id}>
                    <div className="member-row">
                      <span>
                        <Link to={`/deltakere/${s.participant.id}`}>
                          {s.participant.displayName}
                        </Link>
                        {s.participant.municipality && (
                          <span className="relative"> ({s.participant.municipality})</span>
                        )}
                      </span>
                      <Button
                        variant="secondary"
                        data-color="accent"
                        data-size="sm"
                        disabled={adding.loading || full}
                        aria-label={t.add(s.participant.displayName)}
                        onClick={() => void addPerson(s.participant.id, s.participant.displayName)}
                      >
                        {t.addShort}
                      </Button>
                    </div>
                    {s.reasons.length > 0 && (
                      <Paragraph data-size="sm" className="relative">
                        {s.reasons.map((r) => r.explanation).join(' ')}
                      </Paragraph>
                    )}
                    {problem?.id === s.participant.id && (
                      <ValidationMessage>{problem.message}</ValidationMessage>
                    )}
                  </li>
                ))}
              </ul>
            ))}
        </>
      )}
      <Saved shown={notice !== null} text={notice ?? ''} />
    </Section>
  );
}

/** Who starts the group: assign one from the starter directory, or release one. */
export function Starters({ group }: { group: Group }) {
  const ended = group.status === 'ENDED';
  const directory = useQuery(StarterDirectoryDocument, {
    variables: { groupId: group.id },
    skip: ended,
  });
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [assign, assigning] = useMutation(AssignStarterDocument, {
    refetchQueries: ['Group', 'GroupsBoard', 'StarterDirectory'],
  });
  const [release, releasing] = useMutation(ReleaseStarterDocument, {
    refetchQueries: ['Group', 'GroupsBoard', 'StarterDirectory'],
  });
  const assigned = new Set(group.starters.map((s) => s.staffMemberId));
  const candidates = (directory.data?.starterDirectory ?? []).filter(
    (e) => e.role === 'STARTER' && !assigned.has(e.staffMemberId),
  );
  const inputId = 'starter-choice';

  const explain = (failure: unknown) => {
    const { fields, message } = formProblems(failure);
    return [message, ...Object.values(fields)].filter(Boolean).join(' ');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!chosen) return setProblem(t.starterRequired);
    try {
      await assign({ variables: { input: { groupId: group.id, staffMemberId: chosen } } });
      setChosen('');
      setProblem(null);
      setSaved(true);
    } catch (failure) {
      setProblem(explain(failure));
    }
  }

  async function releaseStarter(staffMemberId: string) {
    setSaved(false);
    try {
      await release({ variables: { input: { groupId: group.id, staffMemberId } } });
      setProblem(null);
      setSaved(true);
    } catch (failure) {
      setProblem(explain(failure));
    }
  }

  const describe = (entry: (typeof candidates)[number]) => {
    const notes = entry.warnings.map((w) => t.starterWarning[w] ?? w);
    if (!entry.cleared) notes.unshift(t.notCleared);
    return notes.length ? `${entry.displayName} (${notes.join(', ')})` : entry.displayName;
  };

  return (
    <Section title={t.startersTitle} id="starters-title">
      {group.starters.length === 0 ? (
        <Empty>{t.noStarters}</Empty>
      ) : (
        <ul className="plain-list">
          {group.starters.map((s) => (
            <li key={s.staffMemberId} className="member-row">
              <span>{s.displayName}</span>
              {!ended && (
                <Button
                  variant="tertiary"
                  data-color="accent"
                  data-size="sm"
                  disabled={releasing.loading}
                  aria-label={t.release(s.displayName)}
                  onClick={() => void releaseStarter(s.staffMemberId)}
                >
                  {t.releaseShort}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!ended && directory.loading && !directory.data && <Loading />}
      {!ended && directory.error && !directory.data && (
        <LoadError error={directory.error} retry={() => void directory.refetch()} />
      )}
      {!ended &&
        directory.data &&
        (candidates.length === 0 ? (
          <Paragraph data-size="sm">{t.noStarterCandidates}</Paragraph>
        ) : (
          <form onSubmit={submit} noValidate className="inline-form">
            <Field>
              <Label htmlFor={inputId}>{t.chooseStarter}</Label>
              <Select
                id={inputId}
                value={chosen}
                aria-invalid={problem ? true : undefined}
                onChange={(e) => setChosen(e.target.value)}
              >
                <Select.Option value="">{t.choose}</Select.Option>
                {candidates.map((c) => (
                  <Select.Option key={c.staffMemberId} value={c.staffMemberId}>
                    {describe(c)}
                  </Select.Option>
                ))}
              </Select>
              {problem && <ValidationMessage>{problem}</ValidationMessage>}
            </Field>
            <Button
              type="submit"
              variant="secondary"
              data-color="accent"
              data-size="sm"
              disabled={assigning.loading}
            >
              {assigning.loading ? texts.saving : t.assign}
            </Button>
          </form>
        ))}
      {ended && problem && <ValidationMessage>{problem}</ValidationMessage>}
      <Saved shown={saved} />
      <Link to="/igangsettere">{texts.starterDirectory.fromGroup}</Link>
      {group.status === 'SELF_RUN' && <StarterVisits group={group} />}
    </Section>
  );
}

/** A self-run group invites its starter back, or the starter came: noted in the history. */
function StarterVisits({ group }: { group: Group }) {
  const v = texts.starterVisits;
  const [on, setOn] = useState(todayInOslo());
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const options = { refetchQueries: ['Group', 'Today'] };
  const [invite, inviting] = useMutation(InviteStarterBackDocument, options);
  const [record, recording] = useMutation(RecordStarterReturnDocument, options);
  const busy = inviting.loading || recording.loading;

  async function note(kind: 'invited' | 'returned') {
    setSaved(null);
    if (!on) return setProblems({ fields: { on: v.dateRequired }, message: null });
    const input = { groupId: group.id, on, reason: reason.trim() || null };
    try {
      await (kind === 'invited' ? invite : record)({ variables: { input } });
      setProblems(NO_PROBLEMS);
      setReason('');
      setSaved(kind === 'invited' ? v.invitedSaved : v.returnedSaved);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Fieldset className="section-form">
      <Fieldset.Legend>{v.title}</Fieldset.Legend>
      <Fieldset.Description>{v.intro}</Fieldset.Description>
      {problems.message && <ValidationMessage>{problems.message}</ValidationMessage>}
      <div className="two-columns">
        <Textfield
          id="starter-visit-on"
          label={v.on}
          type="date"
          value={on}
          max={todayInOslo()}
          onChange={(e) => setOn(e.target.value)}
          error={problems.fields['on'] ?? problems.fields['groupId']}
        />
        <Textfield
          id="starter-visit-reason"
          label={v.reason}
          description={v.reasonHelp}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={problems.fields['reason']}
        />
      </div>
      <div className="step__actions">
        <Button
          variant="secondary"
          data-size="sm"
          disabled={busy}
          onClick={() => void note('invited')}
        >
          {v.invited}
        </Button>
        <Button
          variant="secondary"
          data-size="sm"
          disabled={busy}
          onClick={() => void note('returned')}
        >
          {v.returned}
        </Button>
      </div>
      {saved && (
        <span role="status" className="saved">
          {saved}
        </span>
      )}
    </Fieldset>
  );
}

const AGREEMENTS = Object.keys(texts.groupEnums.startupAgreement) as StartupAgreement[];

/** The start-up meetings: what the group agreed on, meeting by meeting. */
export function StartupMeetings({ group }: { group: Group }) {
  const [heldOn, setHeldOn] = useState(todayInOslo());
  const [agreed, setAgreed] = useState<StartupAgreement[]>([]);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordStartupMeetingDocument, {
    refetchQueries: ['Group'],
  });
  const canRecord = group.status === 'STARTING' || group.status === 'RECRUITING';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!heldOn) return setProblems({ fields: { heldOn: t.dateRequired }, message: null });
    try {
      await record({ variables: { input: { groupId: group.id, heldOn, agreed } } });
      setProblems(NO_PROBLEMS);
      setAgreed([]);
      setSaved(true);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Section title={t.startupTitle} id="startup-title">
      <Paragraph data-size="sm">{t.startupIntro}</Paragraph>
      {group.startupMeetings.length === 0 ? (
        <Empty>{t.noStartupMeetings}</Empty>
      ) : (
        <ul className="plain-list">
          {group.startupMeetings.map((m) => (
            <li key={m.id}>
              <strong>{formatDate(m.heldOn)}</strong>
              {m.agreed.length > 0 &&
                `: ${m.agreed.map((a) => texts.groupEnums.startupAgreement[a]).join(', ')}`}
            </li>
          ))}
        </ul>
      )}
      {canRecord && (
        <form onSubmit={submit} noValidate className="section-form">
          <Textfield
            id="startup-heldOn"
            label={t.heldOn}
            type="date"
            value={heldOn}
            max={todayInOslo()}
            onChange={(e) => setHeldOn(e.target.value)}
            error={problems.fields['heldOn']}
          />
          <Fieldset data-size="sm">
            <Fieldset.Legend>{t.agreed}</Fieldset.Legend>
            {AGREEMENTS.map((a) => (
              <Checkbox
                key={a}
                label={texts.groupEnums.startupAgreement[a]}
                checked={agreed.includes(a)}
                onChange={(e) =>
                  setAgreed((list) =>
                    e.target.checked ? [...list, a] : list.filter((x) => x !== a),
                  )
                }
              />
            ))}
          </Fieldset>
          {(problems.message || problems.fields['agreed']) && (
            <ValidationMessage>
              {[problems.message, problems.fields['agreed']].filter(Boolean).join(' ')}
            </ValidationMessage>
          )}
          <div className="step__actions">
            <Button
              type="submit"
              variant="secondary"
              data-color="accent"
              data-size="sm"
              disabled={loading}
            >
              {loading ? texts.saving : t.recordStartup}
            </Button>
            <Saved shown={saved} />
          </div>
        </form>
      )}
    </Section>
  );
}

const FOLLOW_UP_KINDS = Object.keys(texts.groupEnums.followUpKind) as FollowUpKind[];

/** How the centre has followed the group up, and a form to log one more. */
export function FollowUps({ group }: { group: Group }) {
  const [kind, setKind] = useState<FollowUpKind>('VISIT');
  const [occurredOn, setOccurredOn] = useState(todayInOslo());
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);
  const [log, { loading }] = useMutation(LogFollowUpDocument, {
    refetchQueries: ['Group', 'Today'],
  });
  const recent = [...group.followUps].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!occurredOn) return setProblems({ fields: { occurredOn: t.dateRequired }, message: null });
    try {
      await log({
        variables: {
          input: { groupId: group.id, kind, occurredOn, note: note.trim() || undefined },
        },
      });
      setProblems(NO_PROBLEMS);
      setNote('');
      setSaved(true);
    } catch (failure) {
      setProblems(formProblems(failure));
    }
  }

  return (
    <Section title={t.followUpsTitle} id="follow-ups-title">
      {recent.length === 0 ? (
        <Empty>{t.noFollowUps}</Empty>
      ) : (
        <ul className="plain-list">
          {recent.slice(0, 10).map((f) => (
            <li key={f.id}>
              <strong>{formatDate(f.occurredOn)}</strong>: {texts.groupEnums.followUpKind[f.kind]}
              {f.note && <span className="relative"> – {f.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {group.status !== 'ENDED' && (
        <form onSubmit={submit} noValidate className="section-form">
          <div className="two-columns">
            <Field>
              <Label htmlFor="follow-up-kind">{t.followUpKind}</Label>
              <Select
                id="follow-up-kind"
                value={kind}
                onChange={(e) => setKind(e.target.value as FollowUpKind)}
              >
                {FOLLOW_UP_KINDS.map((k) => (
                  <Select.Option key={k} value={k}>
                    {texts.groupEnums.followUpKind[k]}
                  </Select.Option>
                ))}
              </Select>
              {problems.fields['kind'] && (
                <ValidationMessage>{problems.fields['kind']}</ValidationMessage>
              )}
            </Field>
            <Textfield
              id="follow-up-date"
              label={t.followUpDate}
              type="date"
              value={occurredOn}
              max={todayInOslo()}
              onChange={(e) => setOccurredOn(e.target.value)}
              error={problems.fields['occurredOn']}
            />
          </div>
          <Textfield
            id="follow-up-note"
            label={t.followUpNote}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={problems.fields['note']}
          />
          {problems.message && <ValidationMessage>{problems.message}</ValidationMessage>}
          <div className="step__actions">
            <Button
              type="submit"
              variant="secondary"
              data-color="accent"
              data-size="sm"
              disabled={loading}
            >
              {loading ? texts.saving : t.logFollowUp}
            </Button>
            <Saved shown={saved} />
          </div>
        </form>
      )}
    </Section>
  );
}

/** An open group's head counts: numbers, never names. */
export function HeadCounts({ group }: { group: Group }) {
  const [heldOn, setHeldOn] = useState(todayInOslo());
  const [headCount, setHeadCount] = useState('');
  const [replace, setReplace] = useState(false);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordOpenGroupMeetingDocument, {
    refetchQueries: ['Group'],
  });
  const recent = [...group.openMeetings].sort((a, b) => b.heldOn.localeCompare(a.heldOn));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const fields: Record<string, string> = {};
    if (!heldOn) fields['heldOn'] = t.dateRequired;
    if (!/^\d+$/.test(headCount.trim())) fields['headCount'] = t.headCountInvalid;
    if (Object.keys(fields).length) return setProblems({ fields, message: null });
    try {
      await record({
        variables: {
          input: { groupId: group.id, heldOn, headCount: Number(headCount.trim()), replace },
        },
      });
      setProblems(NO_PROBLEMS);
      setHeadCount('');
      setReplace(false);
      setSaved(true);
    } catch (failure) {
      // The API's answer names its own input ("replace"); say it with the form's words.
      const counted =
        CombinedGraphQLErrors.is(failure) &&
        failure.errors.some((e) => e.extensions?.['code'] === 'CONFLICT');
      setProblems(
        counted
          ? { fields: { headCount: t.headCountExists }, message: null }
          : formProblems(failure),
      );
    }
  }

  return (
    <Section title={t.headCountsTitle} id="head-counts-title">
      <Paragraph data-size="sm">{t.headCountsIntro}</Paragraph>
      {recent.length === 0 ? (
        <Empty>{t.noHeadCounts}</Empty>
      ) : (
        <ul className="plain-list">
          {recent.slice(0, 10).map((m) => (
            <li key={m.id}>
              <strong>{formatDate(m.heldOn)}</strong>: {t.headCountOn(m.headCount)}
            </li>
          ))}
        </ul>
      )}
      {group.status !== 'ENDED' && (
        <form onSubmit={submit} noValidate className="section-form">
          <div className="two-columns">
            <Textfield
              id="head-count-date"
              label={t.heldOn}
              type="date"
              value={heldOn}
              max={todayInOslo()}
              onChange={(e) => setHeldOn(e.target.value)}
              error={problems.fields['heldOn']}
            />
            <Textfield
              id="head-count"
              label={t.headCount}
              inputMode="numeric"
              value={headCount}
              onChange={(e) => setHeadCount(e.target.value)}
              error={problems.fields['headCount']}
            />
          </div>
          <Checkbox
            label={t.replaceHeadCount}
            checked={replace}
            onChange={(e) => setReplace(e.target.checked)}
          />
          {problems.message && <ValidationMessage>{problems.message}</ValidationMessage>}
          <div className="step__actions">
            <Button
              type="submit"
              variant="secondary"
              data-color="accent"
              data-size="sm"
              disabled={loading}
            >
              {loading ? texts.saving : t.recordHeadCount}
            </Button>
            <Saved shown={saved} />
          </div>
        </form>
      )}
    </Section>
  );
}

/** What happened to the group: status changes, the starter invited back or returning. */
export function History({ group }: { group: Group }) {
  const events = [...group.events].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  return (
    <Section title={t.historyTitle} id="history-title">
      {events.length === 0 ? (
        <Empty>{t.noHistory}</Empty>
      ) : (
        <ul className="plain-list">
          {events.map((e) => (
            <li key={e.id}>
              <strong>{formatDate(e.occurredOn)}</strong>:{' '}
              {e.kind === 'STATUS_CHANGED' && e.toStatus
                ? t.statusEvent(
                    e.fromStatus ? statusName(e.fromStatus) : null,
                    statusName(e.toStatus),
                  )
                : texts.groupEnums.eventKind[e.kind]}
              {e.reason && <span className="relative"> – {e.reason}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Heading,
  Paragraph,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { LoadError, Loading, PageHeading } from '../../components/states';
import type { GroupDetailsFieldsFragment, GroupQuery, GroupStatus } from '../../gql/graphql';
import { formProblems } from '../../graphql/errors';
import { ChangeGroupStatusDocument, GroupDocument } from '../../graphql/group-operations';
import { formatDate, texts } from '../../texts';
import { Confirm } from './Confirm';
import { statusColor, statusName, weeklyTime } from './group-format';
import {
  FollowUps,
  HeadCounts,
  History,
  Members,
  StartupMeetings,
  Starters,
  Suggestions,
} from './GroupSections';

const t = texts.groups;

function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')
  );
}

export function GroupPage() {
  const { id = '' } = useParams();
  return <GroupView id={id} />;
}

export function GroupView({ id }: { id: string }) {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { data, loading, error, refetch } = useQuery(GroupDocument, { variables: { id } });
  const group = data?.group;
  return (
    <>
      {loading && !data && <Loading />}
      {error && !data && (
        <>
          <PageHeading title={t.title}>{t.title}</PageHeading>
          {isNotFound(error) ? (
            <Alert data-color="warning" role="alert">
              <Paragraph>{t.notFound}</Paragraph>
            </Alert>
          ) : (
            <LoadError error={error} retry={() => void refetch()} />
          )}
          <Link to="/grupper">{t.back}</Link>
        </>
      )}
      {group && (
        <>
          <PageHeading title={group.name}>
            {group.name}{' '}
            <Tag data-color={statusColor(group.status)} className="heading-tag">
              {statusName(group.status)}
            </Tag>
          </PageHeading>
          {notice && (
            <Alert data-color="success" role="status">
              <Paragraph>{notice}</Paragraph>
            </Alert>
          )}
          <Link to="/grupper">{t.back}</Link>
          <div className="group-page">
            <Facts group={group} settings={data.groupSettings} />
            <Lifecycle group={group} />
            {group.kind === 'CLOSED' ? (
              <>
                <Members group={group} />
                <Suggestions group={group} />
              </>
            ) : (
              <HeadCounts group={group} />
            )}
            <Starters group={group} />
            {group.kind === 'CLOSED' && <StartupMeetings group={group} />}
            <FollowUps group={group} />
            <History group={group} />
          </div>
        </>
      )}
    </>
  );
}

function Facts({
  group,
  settings,
}: {
  group: GroupDetailsFieldsFragment;
  settings: GroupQuery['groupSettings'];
}) {
  const kind = [
    texts.groupEnums.kind[group.kind],
    texts.enums.groupFormat[group.format].toLowerCase(),
    texts.groupEnums.composition[group.composition].toLowerCase(),
  ].join(', ');
  return (
    <Card data-color="neutral" className="facts group-page__facts">
      <Heading level={2} data-size="xs">
        {t.facts}
      </Heading>
      <dl>
        <dt>{t.kindLabel}</dt>
        <dd>{kind}</dd>
        {group.theme && (
          <>
            <dt>{t.theme}</dt>
            <dd>{group.theme}</dd>
          </>
        )}
        <dt>{t.time}</dt>
        <dd>
          {weeklyTime(group)} ({t.duration(group.durationMinutes)})
        </dd>
        <dt>{t.startDate}</dt>
        <dd>{formatDate(group.startDate)}</dd>
        {group.selfRunSince && (
          <>
            <dt>{t.selfRunSince}</dt>
            <dd>{formatDate(group.selfRunSince)}</dd>
          </>
        )}
        {group.endedOn && (
          <>
            <dt>{t.endedOn}</dt>
            <dd>{formatDate(group.endedOn)}</dd>
          </>
        )}
        <dt>{t.members}</dt>
        <dd>
          {group.kind === 'OPEN'
            ? t.openGroupMembers
            : t.membersOf(group.memberCount, group.capacity)}
        </dd>
        {(group.ageRangeMin != null || group.ageRangeMax != null) && (
          <>
            <dt>{t.ageRange}</dt>
            <dd>{t.ageSpan(group.ageRangeMin ?? null, group.ageRangeMax ?? null)}</dd>
          </>
        )}
        {group.format === 'PHYSICAL' ? (
          <>
            <dt>{t.place}</dt>
            <dd>{group.municipality ?? '–'}</dd>
            <dt>{t.room}</dt>
            <dd>
              {group.room ? `${group.room.name}, ${group.room.address}` : t.noRoom}{' '}
              <Link to="/rom">{t.roomsLink}</Link>
              {group.roomWarning && (
                <ValidationMessage data-color="warning">{group.roomWarning}</ValidationMessage>
              )}
            </dd>
          </>
        ) : (
          <>
            <dt>{t.meetingLink}</dt>
            <dd>{group.meetingLink ?? '–'}</dd>
          </>
        )}
        <dt>{t.frames}</dt>
        <dd>
          {t.framesText(settings.groupMinSize, settings.groupMaxSize, settings.followUpWeeks)}
        </dd>
      </dl>
    </Card>
  );
}

const NEEDS_CONFIRMATION: Partial<Record<GroupStatus, { question: string; confirm: string }>> = {
  ENDED: { question: t.confirmEnd, confirm: t.confirmEndButton },
  PAUSED: { question: t.confirmPause, confirm: t.confirmPauseButton },
};

/** The moves the API allows from here, and nothing else; ending and pausing ask first. */
export function Lifecycle({ group }: { group: GroupDetailsFieldsFragment }) {
  const [asking, setAsking] = useState<GroupStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangeGroupStatusDocument, {
    refetchQueries: ['GroupsBoard', 'Today', 'Waitlist'],
  });

  async function move(status: GroupStatus) {
    setDone(null);
    try {
      await change({ variables: { input: { id: group.id, status } } });
      setProblem(null);
      setAsking(null);
      setDone(t.statusChanged(statusName(status)));
    } catch (failure) {
      const { fields, message } = formProblems(failure);
      setProblem([message, fields['status']].filter(Boolean).join(' '));
    }
  }

  const label = (status: GroupStatus) =>
    group.status === 'PAUSED' && status !== 'ENDED'
      ? t.resume(statusName(status))
      : t.moveTo[status];
  const confirmation = asking ? NEEDS_CONFIRMATION[asking] : undefined;
  return (
    <Card data-color="neutral" className="group-page__lifecycle">
      <Heading level={2} data-size="xs" id="lifecycle-title">
        {t.lifecycleTitle}
      </Heading>
      {group.allowedTransitions.length === 0 ? (
        <Paragraph>{t.noMoves}</Paragraph>
      ) : (
        <>
          <Paragraph>{t.lifecycleIntro(statusName(group.status))}</Paragraph>
          <div className="actions" role="group" aria-labelledby="lifecycle-title">
            {group.allowedTransitions.map((s) => (
              <Button
                key={s}
                variant={s === 'ENDED' || s === 'PAUSED' ? 'secondary' : 'primary'}
                data-color="accent"
                data-size="sm"
                disabled={loading}
                aria-expanded={NEEDS_CONFIRMATION[s] ? asking === s : undefined}
                onClick={() => {
                  setProblem(null);
                  if (NEEDS_CONFIRMATION[s]) setAsking(s);
                  else void move(s);
                }}
              >
                {label(s)}
              </Button>
            ))}
          </div>
        </>
      )}
      {asking && confirmation && (
        <Confirm
          question={confirmation.question}
          confirm={confirmation.confirm}
          busy={loading}
          onConfirm={() => void move(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
      {problem && <ValidationMessage role="alert">{problem}</ValidationMessage>}
      {done && (
        <Paragraph role="status" className="saved">
          {done}
        </Paragraph>
      )}
    </Card>
  );
}

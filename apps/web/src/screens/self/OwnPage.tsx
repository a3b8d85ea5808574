import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';

import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Empty, LoadError, Loading, PageHeading } from '../../components/states';
import type { MyGroupsQuery, Weekday } from '../../gql/graphql';
import { messageOf } from '../../graphql/errors';
import {
  AcceptInvitationDocument,
  DeclineInvitationDocument,
  MyGroupsDocument,
  MyInvitationsDocument,
} from '../../graphql/self-operations';
import { centresOf, type Me } from '../../session/session';
import { storeTokens } from '../../session/tokens';
import { formatDate, formatDateTime, texts } from '../../texts';
import { MyReading } from './MyReading';
import { MyTraining } from './MyTraining';
import { MyVolunteerWork } from './MyVolunteerWork';

const t = texts.self;

/**
 * What is a starter's or volunteer's own in the active centre, phone first: the groups they go
 * to come first, then what to read, their clearance and hours, their courses. Another centre's
 * part is one switch away in the header.
 */
export function OwnPage({ me }: { me: Me }) {
  const centre = me.activeCentre?.name ?? '';
  return (
    <div className="own-page">
      <PageHeading title={t.title}>{t.title}</PageHeading>
      <Paragraph>{t.intro(centre)}</Paragraph>
      {centresOf(me).length > 1 && <Paragraph data-size="sm">{t.otherCentres}</Paragraph>}
      <Invitations />
      <MyGroups />
      <MyReading />
      <MyVolunteerWork />
      <MyTraining />
    </div>
  );
}

function Invitations() {
  const { data } = useQuery(MyInvitationsDocument);
  const client = useApolloClient();
  const [accept, accepting] = useMutation(AcceptInvitationDocument);
  const [decline, declining] = useMutation(DeclineInvitationDocument, {
    refetchQueries: ['MyInvitations'],
  });
  const [asking, setAsking] = useState<{ id: string; centre: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const invitations = data?.myCentreInvitations ?? [];
  if (invitations.length === 0 && !notice) return null;

  async function join(id: string) {
    setProblem(null);
    try {
      const { data } = await accept({ variables: { id } });
      if (data) {
        // The answer's tokens work in the new centre: the app moves there, as a switch does.
        storeTokens(data.acceptCentreInvitation);
        await client.resetStore();
      }
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  async function refuse() {
    if (!asking) return;
    setProblem(null);
    try {
      await decline({ variables: { id: asking.id } });
      setNotice(t.declined(asking.centre));
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setAsking(null);
    }
  }

  return (
    <section aria-labelledby="invitations-title" className="own-section">
      <Heading level={2} data-size="sm" id="invitations-title">
        {t.invitationsTitle}
      </Heading>
      {notice && (
        <Alert data-color="success">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {problem && (
        <Alert data-color="danger">
          <Paragraph role="alert">{problem}</Paragraph>
        </Alert>
      )}
      <ul className="plain-list">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <Card data-color="accent" className="own-card">
              <Paragraph>
                {t.invitation(invitation.centre.name, texts.enums.role[invitation.role])}{' '}
                {t.invitationExpires(formatDateTime(invitation.expiresAt))}
              </Paragraph>
              <div className="own-actions">
                <Button
                  data-size="sm"
                  disabled={accepting.loading}
                  onClick={() => void join(invitation.id)}
                >
                  {t.accept(invitation.centre.name)}
                </Button>
                <Button
                  variant="secondary"
                  data-size="sm"
                  aria-label={t.decline(invitation.centre.name)}
                  onClick={() => setAsking({ id: invitation.id, centre: invitation.centre.name })}
                >
                  {t.declineShort}
                </Button>
              </div>
            </Card>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={asking !== null}
        title={asking ? t.decline(asking.centre) : ''}
        confirm={t.declineShort}
        busy={declining.loading && texts.saving}
        onConfirm={() => void refuse()}
        onCancel={() => setAsking(null)}
      >
        <Paragraph>{asking ? t.declineConfirm(asking.centre) : ''}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}

type MyGroup = MyGroupsQuery['myGroups'][number];

function MyGroups() {
  const { data, loading, error, refetch } = useQuery(MyGroupsDocument);
  return (
    <section aria-labelledby="my-groups-title" className="own-section">
      <Heading level={2} data-size="sm" id="my-groups-title">
        {t.groupsTitle}
      </Heading>
      {loading && !data && <Loading />}
      {error && !data && <LoadError error={error} retry={() => void refetch()} />}
      {data &&
        (data.myGroups.length === 0 ? (
          <Empty>{t.noGroups}</Empty>
        ) : (
          <ul className="plain-list">
            {data.myGroups.map((group) => (
              <li key={group.id}>
                <MyGroupCard group={group} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** "18:00" plus 120 minutes is "20:00"; past midnight wraps. */
export function endTime(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function MyGroupCard({ group }: { group: MyGroup }) {
  const start = group.startTime.slice(0, 5);
  const weekday = texts.enums.weekday[group.weekday as Weekday] ?? group.weekday;
  const status = texts.enums.groupStatus[group.status as keyof typeof texts.enums.groupStatus];
  return (
    <Card data-color="neutral" className="own-card">
      <Heading level={3} data-size="xs">
        {group.name}
      </Heading>
      <div className="tags">
        <Tag data-color={group.myPart === 'INVITED_BACK' ? 'warning' : 'info'}>
          {group.myPart === 'INVITED_BACK'
            ? t.partInvitedBack(group.invitedBackOn ? formatDate(group.invitedBackOn) : null)
            : t.partStarter}
        </Tag>
        <Tag data-color="neutral">{t.groupKind[group.kind] ?? group.kind}</Tag>
      </div>
      <div className="facts">
        <dl>
          <dt>{t.when}</dt>
          <dd>{t.whenValue(weekday, start, endTime(start, group.durationMinutes))}</dd>
          <dt>{t.firstMeeting}</dt>
          <dd>{formatDate(group.startDate)}</dd>
          <dt>{t.where}</dt>
          <dd>
            {group.format === 'DIGITAL' ? (
              group.meetingLink && /^https?:\/\//i.test(group.meetingLink) ? (
                <a href={group.meetingLink} rel="noopener noreferrer">
                  {t.openMeetingLink(group.name)}
                </a>
              ) : (
                t.digital
              )
            ) : group.room ? (
              <>
                {group.room.name}
                <br />
                {`${group.room.address}, ${group.room.municipality}`}
              </>
            ) : (
              '–'
            )}
          </dd>
          <dt>{t.who}</dt>
          <dd>{group.memberNames.length ? group.memberNames.join(', ') : t.nobodyYet}</dd>
          <dt>{t.status}</dt>
          <dd>{status ?? group.status}</dd>
        </dl>
      </div>
    </Card>
  );
}

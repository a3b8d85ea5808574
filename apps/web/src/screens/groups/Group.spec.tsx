import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import {
  ChangeGroupStatusDocument,
  GroupDocument,
  LeaveGroupDocument,
  LogFollowUpDocument,
} from '../../graphql/group-operations';
import { renderScreen } from '../../test-utils';
import { GroupView } from './Group';
import { todayInOslo } from './group-format';
import { FollowUps, HeadCounts } from './GroupSections';

// As the API answers, with __typename.
const GROUP = {
  __typename: 'Group' as const,
  id: 'g1',
  name: 'Torsdagsgruppa',
  status: 'STARTING' as const,
  kind: 'CLOSED' as const,
  format: 'PHYSICAL' as const,
  composition: 'MIXED' as const,
  weekday: 'THURSDAY' as const,
  startTime: '17:30',
  durationMinutes: 120,
  capacity: 8,
  memberCount: 2,
  municipality: 'Bergen',
  theme: null,
  allowedTransitions: ['SELF_RUN', 'PAUSED', 'ENDED'] as ('SELF_RUN' | 'PAUSED' | 'ENDED')[],
  startDate: '2026-11-05',
  selfRunSince: null,
  endedOn: null,
  ageRangeMin: null,
  ageRangeMax: null,
  meetingLink: null,
  roomWarning: null,
  starters: [{ __typename: 'GroupStarter' as const, staffMemberId: 's1', displayName: 'Ingvild' }],
  room: null,
  members: [
    {
      __typename: 'GroupMember' as const,
      id: 'm1',
      joinedOn: '2026-11-01',
      participant: { __typename: 'Participant' as const, id: 'p1', displayName: 'Astrid' },
    },
    {
      __typename: 'GroupMember' as const,
      id: 'm2',
      joinedOn: '2026-11-02',
      participant: { __typename: 'Participant' as const, id: 'p2', displayName: 'Birger' },
    },
  ],
  events: [],
  startupMeetings: [],
  followUps: [],
  openMeetings: [],
};

const load = (group: typeof GROUP) => ({
  request: { query: GroupDocument, variables: { id: 'g1' } },
  result: {
    data: {
      group,
      groupSettings: {
        __typename: 'GroupSettings',
        groupMinSize: 5,
        groupMaxSize: 8,
        followUpWeeks: 6,
      },
    },
  },
});

function render(mocks: MockLink.MockedResponse[]) {
  return renderScreen(<GroupView id="g1" />, { mocks });
}

describe("a group's page", () => {
  it('says it is loading, then shows the group, its members as links and its starter', async () => {
    render([load(GROUP)]);
    expect(screen.getByRole('status')).toHaveTextContent('Laster');
    expect(await screen.findByRole('heading', { level: 1, name: /Torsdagsgruppa/ })).toBeVisible();
    const members = screen.getByRole('region', { name: /Medlemmer \(2 av 8\)/ });
    expect(within(members).getByRole('link', { name: 'Astrid' })).toHaveAttribute(
      'href',
      '/deltakere/p1',
    );
    expect(screen.getByText('Torsdag kl. 17:30 (2 timer)')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Frigi Ingvild' })).toBeVisible();
    // Suggestions are for recruiting groups only.
    expect(screen.getByText('Forslag vises når gruppen rekrutterer.')).toBeVisible();
  });

  it("says plainly when the group is not found (or another centre's)", async () => {
    render([
      {
        request: { query: GroupDocument, variables: { id: 'g1' } },
        result: {
          errors: [new GraphQLError('Fant ikke gruppen.', { extensions: { code: 'NOT_FOUND' } })],
        },
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Fant ikke gruppen/);
    expect(screen.queryByText('Astrid')).toBeNull();
  });

  it('offers only the moves the API allows, and asks before ending, saying what happens', async () => {
    render([
      load(GROUP),
      {
        request: {
          query: ChangeGroupStatusDocument,
          variables: { input: { id: 'g1', status: 'ENDED' } },
        },
        result: {
          data: {
            changeGroupStatus: {
              ...GROUP,
              status: 'ENDED',
              allowedTransitions: [],
              endedOn: '2026-12-03',
              members: [],
              memberCount: 0,
            },
          },
        },
      },
    ]);
    const user = userEvent.setup();
    const lifecycle = await screen.findByRole('group', { name: 'Status for gruppen' });
    expect(
      within(lifecycle)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Gruppen driver seg selv', 'Sett på pause', 'Avslutt gruppen']);
    await user.click(within(lifecycle).getByRole('button', { name: 'Avslutt gruppen' }));
    expect(screen.getByText(/Alle medlemmene går ut av gruppen i dag/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByText(/Alle medlemmene går ut av gruppen i dag/)).toBeNull();
    await user.click(within(lifecycle).getByRole('button', { name: 'Avslutt gruppen' }));
    await user.click(screen.getByRole('button', { name: 'Ja, avslutt gruppen' }));
    expect(await screen.findByText('Status endret til «Avsluttet».')).toBeVisible();
    expect(screen.getByText('Gruppen er avsluttet. Ingen endring er mulig.')).toBeVisible();
  });

  it('shows a refused move next to the buttons', async () => {
    render([
      load(GROUP),
      {
        request: {
          query: ChangeGroupStatusDocument,
          variables: { input: { id: 'g1', status: 'SELF_RUN' } },
        },
        result: {
          errors: [
            new GraphQLError('En gruppe som er starter opp kan ikke bli selvdrevet.', {
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        },
      },
    ]);
    const user = userEvent.setup();
    const lifecycle = await screen.findByRole('group', { name: 'Status for gruppen' });
    await user.click(within(lifecycle).getByRole('button', { name: 'Gruppen driver seg selv' }));
    expect(await screen.findByText(/kan ikke bli selvdrevet/)).toBeVisible();
  });

  it('asks before taking a member out, and puts the person back on the waitlist', async () => {
    render([
      load(GROUP),
      {
        request: {
          query: LeaveGroupDocument,
          variables: { input: { id: 'm1', backToWaitlist: true, reason: 'flyttet' } },
        },
        result: {
          data: { leaveGroup: { __typename: 'GroupMember', id: 'm1', leftOn: '2026-12-03' } },
        },
      },
      load({ ...GROUP, members: [GROUP.members[1]], memberCount: 1 }),
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ta ut Astrid av gruppen' }));
    expect(screen.getByText('Ta Astrid ut av gruppen?')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /tilbake på ventelisten/ })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /Grunn/ }), 'flyttet');
    await user.click(screen.getByRole('button', { name: 'Ja, ta ut' }));
    expect(await screen.findByText('Astrid er tatt ut av gruppen.')).toBeVisible();
  });
});

describe('a follow-up and a head count', () => {
  it('keeps the note when logging a follow-up fails', async () => {
    renderScreen(<FollowUps group={GROUP} />, {
      mocks: [
        {
          request: {
            query: LogFollowUpDocument,
            variables: {
              input: { groupId: 'g1', kind: 'CALL', occurredOn: todayInOslo(), note: 'Gikk fint' },
            },
          },
          error: new TypeError('Failed to fetch'),
        },
      ],
    });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Hvordan'), 'CALL');
    await user.type(screen.getByRole('textbox', { name: /Notat/ }), 'Gikk fint');
    await user.click(screen.getByRole('button', { name: 'Registrer oppfølging' }));
    expect(await screen.findByText(/Fikk ikke kontakt med LINK/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: /Notat/ })).toHaveValue('Gikk fint');
    expect(screen.getByLabelText('Hvordan')).toHaveValue('CALL');
  });

  it('asks for a whole number of people next to the field, without asking the API', async () => {
    renderScreen(<HeadCounts group={{ ...GROUP, kind: 'OPEN', status: 'SELF_RUN' }} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Antall som kom' }), 'sju');
    await user.click(screen.getByRole('button', { name: 'Registrer oppmøte' }));
    const field = screen.getByRole('textbox', { name: 'Antall som kom' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('sju');
    expect(screen.getByText('Skriv et helt tall, 0 eller mer.')).toBeVisible();
  });
});

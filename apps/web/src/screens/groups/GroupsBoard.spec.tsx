import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { GroupStatus } from '../../gql/graphql';
import { GroupProposalsDocument, GroupsBoardDocument } from '../../graphql/group-operations';
import { createCache } from '../../graphql/client';
import { renderScreen } from '../../test-utils';
import { STATUS_ORDER } from './group-format';
import { BOARD_PAGE_SIZE, GroupsBoard } from './GroupsBoard';

const GROUP = {
  __typename: 'Group' as const,
  id: 'g1',
  name: 'Torsdagsgruppa',
  status: 'SELF_RUN' as GroupStatus,
  kind: 'CLOSED',
  format: 'PHYSICAL',
  weekday: 'THURSDAY',
  startTime: '17:30',
  capacity: 8,
  memberCount: 7,
  municipality: 'Bergen',
  theme: null,
  starters: [{ __typename: 'GroupStarter', staffMemberId: 's1', displayName: 'Ingvild' }],
  room: { __typename: 'Room', id: 'r1', name: 'Frivilligsentralen' },
};

const section = (status: GroupStatus, items: (typeof GROUP)[], total = items.length) => ({
  request: {
    query: GroupsBoardDocument,
    variables: { statuses: [status], limit: BOARD_PAGE_SIZE, offset: 0 },
  },
  result: {
    data: {
      groups: { __typename: 'GroupPage', totalCount: total, hasMore: total > items.length, items },
    },
  },
});

const proposals = {
  request: { query: GroupProposalsDocument },
  result: {
    data: {
      groupProposals: [],
      groupSettings: { __typename: 'GroupSettings', groupMinSize: 5, groupMaxSize: 8 },
    },
  },
};

/** The board at an address with a query (`?status=…`), which renderScreen's route cannot hold. */
function renderAt(url: string, mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/grupper" element={<GroupsBoard />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the groups board', () => {
  it('has a section per status with its count; each group with time, members, starter and room', async () => {
    renderScreen(<GroupsBoard />, {
      path: '/grupper',
      mocks: [proposals, ...STATUS_ORDER.map((s) => section(s, s === 'SELF_RUN' ? [GROUP] : []))],
    });
    expect(
      await screen.findByRole('heading', { name: /^Selvdrevet\s*\(1 gruppe\)$/ }),
    ).toBeVisible();
    expect(
      await screen.findByRole('heading', { name: /^Planlagt\s*\(0 grupper\)$/ }),
    ).toBeVisible();
    const row = screen.getByRole('link', { name: 'Torsdagsgruppa' }).closest('tr')!;
    expect(row).toHaveTextContent('Torsdag kl. 17:30');
    expect(row).toHaveTextContent('7 av 8');
    expect(row).toHaveTextContent('Ingvild');
    expect(row).toHaveTextContent('Frivilligsentralen');
    const planned = screen.getByRole('region', { name: /^Planlagt/ });
    expect(within(planned).getByText('Ingen grupper med denne statusen.')).toBeVisible();
  });

  it('shows one status when filtered', async () => {
    renderScreen(<GroupsBoard />, {
      path: '/grupper',
      mocks: [
        proposals,
        ...STATUS_ORDER.map((s) => section(s, s === 'SELF_RUN' ? [GROUP] : [])),
        section('SELF_RUN', [GROUP]),
      ],
    });
    await screen.findByRole('heading', { name: /^Selvdrevet\s*\(1 gruppe\)$/ });
    await userEvent.setup().selectOptions(screen.getByLabelText('Vis status'), 'SELF_RUN');
    expect(screen.queryByRole('heading', { name: /^Planlagt/ })).toBeNull();
    expect(screen.getByRole('heading', { name: /^Selvdrevet/ })).toBeVisible();
  });

  it('pages a long section as the API does', async () => {
    renderAt('/grupper?status=SELF_RUN', [proposals, section('SELF_RUN', [GROUP], 45)]);
    expect(await screen.findByText(`Viser 1–1 av 45`)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Forrige side' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Neste side' })).toBeEnabled();
  });

  it('says what went wrong in a section, with a way to try again', async () => {
    renderAt('/grupper?status=PLANNED', [
      proposals,
      {
        request: {
          query: GroupsBoardDocument,
          variables: { statuses: ['PLANNED'], limit: BOARD_PAGE_SIZE, offset: 0 },
        },
        result: { errors: [new GraphQLError('Noe gikk galt hos oss.')] },
      },
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Noe gikk galt hos oss.');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
  });
});

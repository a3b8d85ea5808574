import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { TodayDocument } from '../graphql/operations';
import { renderScreen } from '../test-utils';
import { Today } from './Today';

// As the API answers, with __typename (which the generated types leave out).
const EMPTY = {
  inquiryDeadlines: [],
  waitlistFigures: {
    __typename: 'WaitlistFigures',
    waiting: 0,
    longestDays: null,
    medianDays: null,
  },
  groupsNeedingFollowUp: [],
  groupProposals: [],
};

const FULL = {
  inquiryDeadlines: [
    {
      __typename: 'InquiryDeadline',
      promise: 'ANSWER',
      dueAt: '2026-03-15T09:00:00.000Z',
      overdue: true,
      displayName: 'Lars',
      inquiry: { __typename: 'Inquiry', id: 'i1' },
    },
    {
      __typename: 'InquiryDeadline',
      promise: 'CONVERSATION',
      dueAt: '2026-03-16T12:00:00.000Z',
      overdue: false,
      displayName: 'Amina',
      inquiry: { __typename: 'Inquiry', id: 'i2' },
    },
  ],
  waitlistFigures: { __typename: 'WaitlistFigures', waiting: 7, longestDays: 115, medianDays: 38 },
  groupsNeedingFollowUp: [
    {
      __typename: 'GroupNeedingFollowUp',
      weeksWithout: 8,
      lastFollowUpOn: '2026-01-20',
      group: { __typename: 'Group', id: 'g1', name: 'Torsdagsgruppa', status: 'SELF_RUN' },
    },
  ],
  groupProposals: [
    {
      __typename: 'GroupProposal',
      weekday: 'TUESDAY',
      timeOfDay: 'EVENING',
      format: 'PHYSICAL',
      municipality: 'Bergen',
      theme: null,
      participants: [
        { __typename: 'Participant', id: 'p1', displayName: 'Ahmad' },
        { __typename: 'Participant', id: 'p2', displayName: 'Ingrid' },
      ],
    },
  ],
};

const answer = (data: typeof EMPTY | typeof FULL) => [
  { request: { query: TodayDocument }, result: { data } },
];

describe('I dag', () => {
  it('says it is loading', () => {
    renderScreen(<Today />, { mocks: answer(EMPTY) });
    expect(screen.getByRole('status')).toHaveTextContent('Laster');
  });

  it('lists deadlines with their clock and state, the waitlist, follow-ups and proposals', async () => {
    renderScreen(<Today />, { mocks: answer(FULL) });
    const lars = (await screen.findByRole('link', { name: 'Lars' })).closest('tr')!;
    expect(lars).toHaveTextContent('Svar (1 døgn)');
    expect(lars).toHaveTextContent('Forfalt');
    expect(lars).toHaveTextContent('15. mars 2026, 10:00');
    expect(lars).toHaveTextContent(/\((for .* siden|om .*)\)/);
    expect(screen.getByRole('link', { name: 'Lars' })).toHaveAttribute('href', '/henvendelser/i1');
    const amina = screen.getByRole('link', { name: 'Amina' }).closest('tr')!;
    expect(within(amina).getByText('Samtale (1 uke)')).toBeInTheDocument();
    expect(within(amina).getByText('Forfaller snart')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '7 personer venter' })).toHaveAttribute(
      'href',
      '/venteliste',
    );
    expect(screen.getByText('Lengst ventetid: 115 dager')).toBeInTheDocument();
    expect(screen.getByText(/Torsdagsgruppa/)).toBeInTheDocument();
    expect(
      screen.getByText(/8 uker siden oppfølging. Sist fulgt opp 20. jan. 2026/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Tirsdag kveld, fysisk, Bergen/)).toBeInTheDocument();
    expect(screen.getByText(/2 personer: Ahmad, Ingrid/)).toBeInTheDocument();
  });

  it('says so when there is nothing to do', async () => {
    renderScreen(<Today />, { mocks: answer(EMPTY) });
    expect(
      await screen.findByText('Ingen henvendelser har frister som er passert eller nær.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ingen står på ventelisten.')).toBeInTheDocument();
    expect(screen.getByText('Alle grupper er fulgt opp.')).toBeInTheDocument();
    expect(screen.getByText('Ingen forslag til nye grupper nå.')).toBeInTheDocument();
  });

  it("shows the API's message and a way to try again when it fails", async () => {
    renderScreen(<Today />, {
      mocks: [
        {
          request: { query: TodayDocument },
          result: {
            errors: [
              new GraphQLError('Du har ikke tilgang til dette.', {
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke tilgang til dette.');
    expect(screen.getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });
});

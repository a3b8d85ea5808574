import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  AddGroupMemberDocument,
  EraseParticipantDocument,
  GroupSuggestionsDocument,
  ParticipantContactDocument,
  ParticipantDocument,
  UpdateParticipantDocument,
} from '../graphql/people-operations';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { createCache } from '../graphql/client';
import { exportFileName, Participant } from './Participant';

// jsdom has no modal dialogs: enough of one for the confirmation.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

/** The page at /deltakere/p1, and a marker page at every other path. */
function renderPage(mocks: MockLink.MockedResponse[]) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter initialEntries={['/deltakere/p1']}>
        <Routes>
          <Route path="/deltakere/:id" element={<Participant />} />
          <Route path="*" element={<p>Navigated</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

// As the API answers, with __typename.
const PERSON = {
  __typename: 'Participant',
  id: 'p1',
  displayName: 'Kari',
  status: 'WAITING',
  birthYear: 1984,
  ageBand: '40–49',
  municipality: 'Askøy',
  hasPhone: true,
  hasEmail: false,
  createdAt: '2026-03-01T10:00:00.000Z',
  waitingSince: '2026-03-02T10:00:00.000Z',
  preferences: {
    __typename: 'Preferences',
    timesOfDay: ['EVENING'],
    weekdays: ['TUESDAY'],
    format: 'PHYSICAL',
    composition: null,
    theme: null,
    notes: null,
  },
  consents: [
    {
      __typename: 'Consent',
      id: 'c1',
      kind: 'KEEP_DATA',
      active: true,
      givenAt: '2026-03-01T10:00:00.000Z',
      withdrawnAt: null,
    },
  ],
};

const PERSON_MOCK = {
  request: { query: ParticipantDocument, variables: { id: 'p1' } },
  result: { data: { participant: PERSON } },
  maxUsageCount: 5,
};
const NO_SUGGESTIONS = {
  request: { query: GroupSuggestionsDocument, variables: { participantId: 'p1' } },
  result: { data: { groupSuggestions: [] } },
  maxUsageCount: 5,
};

describe('the participant page', () => {
  it("says clearly when the person is not found (or another centre's), and shows nothing of them", async () => {
    renderPage([
      {
        request: { query: ParticipantDocument, variables: { id: 'p1' } },
        result: {
          errors: [
            new GraphQLError('Fant ikke deltakeren.', { extensions: { code: 'NOT_FOUND' } }),
          ],
        },
      },
    ]);
    expect(await screen.findByText(/Fant ikke personen/)).toBeInTheDocument();
  });

  it('shows the contact details only when asked, with one request per look', async () => {
    let reads = 0;
    renderPage([
      PERSON_MOCK,
      NO_SUGGESTIONS,
      {
        request: { query: ParticipantContactDocument, variables: { id: 'p1' } },
        result: () => {
          reads++;
          return {
            data: {
              participant: {
                __typename: 'Participant',
                id: 'p1',
                contact: { __typename: 'ContactDetails', phone: '+47 912 34 567', email: null },
              },
            },
          };
        },
        maxUsageCount: 5,
      },
    ]);
    await screen.findByRole('heading', { name: 'Deltaker: Kari' });
    expect(screen.queryByText('+47 912 34 567')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Vis kontaktopplysninger' }));
    expect(await screen.findByText('+47 912 34 567')).toBeInTheDocument();
    expect(screen.getByText('Visningen er skrevet i loggen.')).toBeInTheDocument();
    expect(reads).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Skjul kontaktopplysninger' }));
    expect(screen.queryByText('+47 912 34 567')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis kontaktopplysninger' }));
    await screen.findByText('+47 912 34 567');
    expect(reads).toBe(2);
  });

  it('shows what the API refused next to the preference, and keeps what was chosen', async () => {
    renderPage([
      PERSON_MOCK,
      NO_SUGGESTIONS,
      {
        request: {
          query: UpdateParticipantDocument,
          variables: {
            input: {
              id: 'p1',
              preferences: {
                timesOfDay: ['EVENING'],
                weekdays: ['TUESDAY'],
                format: 'PHYSICAL',
                composition: 'THEMED',
              },
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Ugyldig input.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    field: 'input.preferences.theme',
                    messages: ['En temagruppe trenger et tema.'],
                  },
                ],
              },
            }),
          ],
        },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Endre ønskene' }));
    await user.selectOptions(screen.getByLabelText('Blandet gruppe eller temagruppe'), 'THEMED');
    await user.click(screen.getByRole('button', { name: 'Lagre ønskene' }));
    const theme = screen.getByRole('textbox', { name: /Tema/ });
    expect(await screen.findAllByText(/En temagruppe trenger et tema/)).toHaveLength(2);
    expect(theme).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Blandet gruppe eller temagruppe')).toHaveValue('THEMED');
    expect(screen.getByRole('checkbox', { name: 'Tirsdag' })).toBeChecked();
  });

  it('clears every weekday and time of day when all are unticked', async () => {
    const cleared = {
      ...PERSON,
      preferences: { ...PERSON.preferences, weekdays: [], timesOfDay: [] },
    };
    renderPage([
      PERSON_MOCK,
      NO_SUGGESTIONS,
      {
        request: {
          query: UpdateParticipantDocument,
          variables: {
            input: {
              id: 'p1',
              preferences: { timesOfDay: [], weekdays: [], format: 'PHYSICAL' },
            },
          },
        },
        result: { data: { updateParticipant: cleared } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Endre ønskene' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tirsdag' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kveld' }));
    await user.click(screen.getByRole('button', { name: 'Lagre ønskene' }));
    expect(await screen.findByRole('button', { name: 'Endre ønskene' })).toBeInTheDocument();
  });

  it('asks before erasing, says what goes and what stays, and returns to the waitlist', async () => {
    renderPage([
      PERSON_MOCK,
      NO_SUGGESTIONS,
      {
        request: { query: EraseParticipantDocument, variables: { id: 'p1' } },
        result: { data: { eraseParticipant: true } },
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Slett personen' }));
    const dialog = screen.getByRole('dialog', { name: 'Slette Kari for godt?' });
    expect(within(dialog).getByText(/telefon og e-post/)).toBeInTheDocument();
    expect(within(dialog).getByText(/anonyme tall for statistikken/)).toBeInTheDocument();
    expect(within(dialog).getByText('Slettingen kan ikke angres.')).toBeInTheDocument();
    // Cancelling erases nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('heading', { name: 'Deltaker: Kari' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Slett personen' }));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Slett for godt' }),
    );
    expect(await screen.findByText('Navigated')).toBeInTheDocument();
  });

  it('suggests groups with their reasons, and says in Norwegian why one could not take the person', async () => {
    renderPage([
      PERSON_MOCK,
      {
        ...NO_SUGGESTIONS,
        result: {
          data: {
            groupSuggestions: [
              {
                __typename: 'GroupSuggestion',
                score: 66,
                reasons: [
                  {
                    __typename: 'MatchReason',
                    criterion: 'MUNICIPALITY',
                    explanation: 'Samme kommune (Askøy)',
                    points: 20,
                  },
                ],
                group: {
                  __typename: 'Group',
                  id: 'g1',
                  name: 'Tirsdagsgruppa',
                  status: 'RECRUITING',
                  kind: 'CLOSED',
                  format: 'PHYSICAL',
                  weekday: 'TUESDAY',
                  startTime: '18:00',
                  municipality: 'Askøy',
                  memberCount: 8,
                  capacity: 8,
                },
              },
            ],
          },
        },
      },
      {
        request: {
          query: AddGroupMemberDocument,
          variables: { input: { groupId: 'g1', participantId: 'p1' } },
        },
        result: {
          errors: [new GraphQLError('Gruppen er full.', { extensions: { code: 'CONFLICT' } })],
        },
      },
    ]);
    expect(await screen.findByText('Samme kommune (Askøy)')).toBeInTheDocument();
    expect(
      screen.getByText(/Tirsdag kl\. 18:00 · Fysisk · Askøy · 8 av 8 plasser/),
    ).toBeInTheDocument();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Legg til i Tirsdagsgruppa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gruppen er full.');
  });

  it('names the export file after the person and the day, safe for any file system', () => {
    expect(exportFileName('Kari Ø/Nordmann', new Date('2026-03-05T12:00:00Z'))).toBe(
      'innsyn-kari-o-nordmann-2026-03-05.json',
    );
  });
});

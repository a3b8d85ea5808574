import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { GroupProposalsQuery } from '../../gql/graphql';
import {
  CreateGroupDocument,
  CreateGroupFromProposalDocument,
} from '../../graphql/group-operations';
import { renderScreen } from '../../test-utils';
import {
  checkGroupDraft,
  draftFromProposal,
  emptyDraft,
  GroupForm,
  nextWeekday,
  toGroupInput,
} from './NewGroup';

const ME = {
  activeCentre: {
    __typename: 'Centre' as const,
    id: 'c1',
    slug: 'bergen',
    name: 'LINK Bergen og omegn',
    municipalities: ['Bergen', 'Askøy'],
  },
};

const PROPOSAL: GroupProposalsQuery['groupProposals'][number] = {
  weekday: 'SATURDAY',
  timeOfDay: 'MORNING',
  format: 'PHYSICAL',
  composition: 'MIXED',
  municipality: 'Askøy',
  theme: null,
  score: 40,
  reasons: [{ criterion: 'municipality', explanation: 'Alle bor i Askøy' }],
  participants: [
    { id: 'p1', displayName: 'Astrid' },
    { id: 'p2', displayName: 'Birger' },
    { id: 'p3', displayName: 'Cecilie' },
  ],
};

const refused = (field: string, message: string) => ({
  data: null,
  errors: [
    new GraphQLError('Gruppen kan ikke opprettes slik.', {
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field, messages: [message] }] },
    }),
  ],
});

describe('the first meeting', () => {
  it('is the next such weekday after today', () => {
    expect(nextWeekday('SATURDAY', '2026-12-03')).toBe('2026-12-05');
    expect(nextWeekday('THURSDAY', '2026-12-03')).toBe('2026-12-10');
    expect(nextWeekday('MONDAY', '2026-12-06')).toBe('2026-12-07');
  });
});

describe('a draft', () => {
  it('from a proposal takes its day, a time in its time of day, place and format', () => {
    const draft = draftFromProposal(PROPOSAL);
    expect(draft).toMatchObject({
      kind: 'CLOSED',
      weekday: 'SATURDAY',
      startTime: '09:00',
      municipality: 'Askøy',
      format: 'PHYSICAL',
      composition: 'MIXED',
    });
  });

  it('asks for what the API requires before sending, field by field', () => {
    const fields = checkGroupDraft({
      ...emptyDraft(),
      name: 'x',
      startTime: '25:00',
      composition: 'THEMED',
      capacity: 'åtte',
    });
    expect(Object.keys(fields).sort()).toEqual(
      ['capacity', 'municipality', 'name', 'startTime', 'theme'].sort(),
    );
  });

  it('leaves out what does not apply: the theme of a mixed group, the room of a digital one', () => {
    const input = toGroupInput({
      ...emptyDraft(),
      name: ' Kveld ',
      theme: 'glemt',
      format: 'DIGITAL',
      municipality: 'Bergen',
      meetingLink: 'https://møte.example/abc',
    });
    expect(input).toMatchObject({ name: 'Kveld', theme: undefined, municipality: undefined });
    expect(input.meetingLink).toBe('https://møte.example/abc');
  });
});

describe('a group from a proposal', () => {
  it('shows who would fit, and asks for a name without asking the API', async () => {
    renderScreen(<GroupForm me={ME} proposal={PROPOSAL} minSize={5} maxSize={8} />);
    for (const name of ['Astrid', 'Birger', 'Cecilie']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    expect(screen.getByText('Alle bor i Askøy')).toBeInTheDocument();
    expect(screen.getByLabelText('Ukedag')).toHaveValue('SATURDAY');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lag gruppen' }));
    expect(screen.getByRole('textbox', { name: /Navn på gruppen/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await screen.findAllByText(/Skriv et navn på minst 2 tegn/)).toHaveLength(2);
  });

  it('shows what the API refused next to the field, and keeps everything chosen and typed', async () => {
    const draft = { ...draftFromProposal(PROPOSAL), name: 'Lørdagsgruppa', capacity: '12' };
    renderScreen(<GroupForm me={ME} proposal={PROPOSAL} minSize={5} maxSize={8} />, {
      mocks: [
        {
          request: {
            query: CreateGroupFromProposalDocument,
            variables: {
              input: { group: toGroupInput(draft), participantIds: ['p1', 'p2'] },
            },
          },
          result: refused('group.capacity', 'En lukket gruppe har 5–8 deltakere.'),
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Navn på gruppen/ }), 'Lørdagsgruppa');
    await user.click(screen.getByRole('checkbox', { name: 'Cecilie' }));
    const places = screen.getByRole('textbox', { name: /Antall plasser/ });
    await user.clear(places);
    await user.type(places, '12');
    await user.click(screen.getByRole('button', { name: 'Lag gruppen' }));
    expect(await screen.findAllByText(/En lukket gruppe har 5–8 deltakere/)).toHaveLength(2);
    expect(places).toHaveAttribute('aria-invalid', 'true');
    expect(places).toHaveValue('12');
    expect(screen.getByRole('textbox', { name: /Navn på gruppen/ })).toHaveValue('Lørdagsgruppa');
    expect(screen.getByRole('checkbox', { name: 'Cecilie' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Astrid' })).toBeChecked();
  });

  it('lands on the new group when it is made', async () => {
    const draft = { ...draftFromProposal(PROPOSAL), name: 'Lørdagsgruppa' };
    renderScreen(<GroupForm me={ME} proposal={PROPOSAL} minSize={5} maxSize={8} />, {
      mocks: [
        {
          request: {
            query: CreateGroupFromProposalDocument,
            variables: {
              input: { group: toGroupInput(draft), participantIds: ['p1', 'p2', 'p3'] },
            },
          },
          result: {
            data: {
              createGroupFromProposal: {
                __typename: 'GroupFromProposal',
                warnings: [],
                group: {
                  __typename: 'Group',
                  id: 'g9',
                  name: 'Lørdagsgruppa',
                  status: 'PLANNED',
                  kind: 'CLOSED',
                  format: 'PHYSICAL',
                  weekday: 'SATURDAY',
                  startTime: '09:00',
                  capacity: 8,
                  memberCount: 3,
                  municipality: 'Askøy',
                  theme: null,
                  starters: [],
                  room: null,
                },
              },
            },
          },
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Navn på gruppen/ }), 'Lørdagsgruppa');
    await user.click(screen.getByRole('button', { name: 'Lag gruppen' }));
    expect(await screen.findByText('Navigated')).toBeInTheDocument();
  });
});

describe('a new group', () => {
  it('is refused without a municipality for a physical group, and a digital one asks for a link', async () => {
    renderScreen(<GroupForm me={ME} minSize={5} maxSize={8} />, {
      mocks: [
        {
          request: {
            query: CreateGroupDocument,
            variables: {
              input: toGroupInput({
                ...emptyDraft(),
                name: 'Kveldsgruppe',
                format: 'DIGITAL',
                meetingLink: 'http://usikker',
              }),
            },
          },
          result: refused('meetingLink', 'Møtelenken må være en https-adresse.'),
        },
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Navn på gruppen/ }), 'Kveldsgruppe');
    await user.click(screen.getByRole('button', { name: 'Lag gruppen' }));
    expect(screen.getByLabelText('Kommune')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('radio', { name: 'Digitalt' }));
    await user.type(screen.getByRole('textbox', { name: /Møtelenke/ }), 'http://usikker');
    await user.click(screen.getByRole('button', { name: 'Lag gruppen' }));
    expect(await screen.findAllByText(/Møtelenken må være en https-adresse/)).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: /Møtelenke/ })).toHaveValue('http://usikker');
    expect(screen.getByRole('textbox', { name: /Navn på gruppen/ })).toHaveValue('Kveldsgruppe');
  });
});

import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RegisterInquiryDocument } from '../graphql/operations';
import { renderScreen } from '../test-utils';
import { EMPTY_DRAFT, RegisterInquiry, toInput } from './RegisterInquiry';

const ME = {
  activeCentre: {
    __typename: 'Centre' as const,
    id: 'c1',
    slug: 'bergen',
    name: 'LINK Bergen og omegn',
    municipalities: ['Bergen', 'Askøy'],
  },
};
const PATH = '/henvendelser/ny';

const INPUT = toInput({
  ...EMPTY_DRAFT,
  displayName: 'Kari',
  phone: '12',
  municipality: 'Askøy',
  weekdays: ['TUESDAY'],
});

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /Navn/ }), 'Kari');
  await user.type(screen.getByRole('textbox', { name: 'Telefon' }), '12');
  await user.selectOptions(screen.getByLabelText('Kommune'), 'Askøy');
  await user.click(screen.getByRole('checkbox', { name: 'Tirsdag' }));
  return user;
}

function expectKept() {
  expect(screen.getByRole('textbox', { name: /Navn/ })).toHaveValue('Kari');
  expect(screen.getByRole('textbox', { name: 'Telefon' })).toHaveValue('12');
  expect(screen.getByLabelText('Kommune')).toHaveValue('Askøy');
  expect(screen.getByRole('checkbox', { name: 'Tirsdag' })).toBeChecked();
}

describe('registering an inquiry', () => {
  it('says a name is needed, next to the name field, without asking the API', async () => {
    renderScreen(<RegisterInquiry me={ME} />, { path: PATH });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Registrer' }));
    const name = screen.getByRole('textbox', { name: /Navn/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findAllByText(/Skriv navnet personen vil bli kalt/)).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Navn: Skriv navnet/ })).toHaveAttribute(
      'href',
      `#${name.id}`,
    );
  });

  it('shows what the API refused next to that field, and keeps everything typed', async () => {
    renderScreen(<RegisterInquiry me={ME} />, {
      path: PATH,
      mocks: [
        {
          request: { query: RegisterInquiryDocument, variables: { input: INPUT } },
          result: {
            data: null,
            errors: [
              new GraphQLError('Noen felt er ikke fylt ut riktig.', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    { field: 'person.phone', messages: ['Skriv inn et gyldig telefonnummer.'] },
                  ],
                },
              }),
            ],
          },
        },
      ],
    });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(await screen.findByText('Rett opp dette før du lagrer:')).toBeInTheDocument();
    const phone = screen.getByRole('textbox', { name: 'Telefon' });
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone.closest('.ds-field')).toHaveTextContent('Skriv inn et gyldig telefonnummer.');
    expectKept();
  });

  it('keeps everything typed when the network fails', async () => {
    renderScreen(<RegisterInquiry me={ME} />, {
      path: PATH,
      mocks: [
        {
          request: { query: RegisterInquiryDocument, variables: { input: INPUT } },
          error: new TypeError('Failed to fetch'),
        },
      ],
    });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(await screen.findByText(/Fikk ikke kontakt med LINK/)).toBeInTheDocument();
    expectKept();
  });

  it('opens the intake conversation when saved', async () => {
    renderScreen(<RegisterInquiry me={ME} />, {
      path: PATH,
      mocks: [
        {
          request: { query: RegisterInquiryDocument, variables: { input: INPUT } },
          result: {
            data: {
              registerInquiry: {
                __typename: 'Inquiry',
                id: 'i1',
                channel: 'PHONE',
                source: 'STAFF',
                hasMessage: false,
                preferredContactTimes: null,
                receivedAt: '2026-03-15T10:00:00.000Z',
                answerDueAt: '2026-03-16T10:00:00.000Z',
                answerState: 'PENDING',
                conversationDueAt: '2026-03-22T10:00:00.000Z',
                conversationState: 'PENDING',
                firstAnswerAt: null,
                conversationBookedFor: null,
                conversationHeldAt: null,
                outcome: null,
                participant: {
                  __typename: 'Participant',
                  id: 'p1',
                  displayName: 'Kari',
                  status: 'INQUIRY',
                },
              },
            },
          },
        },
      ],
    });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Registrer' }));
    expect(await screen.findByText('Navigated')).toBeInTheDocument();
  });

  it('sends what was chosen, and leaves out what was not', () => {
    expect(INPUT).toEqual({
      channel: 'PHONE',
      heardVia: undefined,
      preferredContactTimes: undefined,
      person: {
        displayName: 'Kari',
        phone: '12',
        email: undefined,
        birthYear: undefined,
        municipality: 'Askøy',
        preferences: {
          timesOfDay: undefined,
          weekdays: ['TUESDAY'],
          format: undefined,
          theme: undefined,
        },
      },
    });
  });
});

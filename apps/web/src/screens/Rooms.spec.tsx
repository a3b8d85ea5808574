import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CreateRoomDocument } from '../graphql/people-operations';
import { renderScreen } from '../test-utils';
import { checkRoom, EMPTY_ROOM, NewRoom, roomInput } from './Rooms';

const MUNICIPALITIES = ['Bergen', 'Askøy'];

function renderForm(options: { mocks?: MockLink.MockedResponse[] }) {
  const onSaved = vi.fn();
  renderScreen(
    <NewRoom municipalities={MUNICIPALITIES} onSaved={onSaved} onCancel={() => undefined} />,
    options,
  );
  return onSaved;
}

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'Navn på rommet' }), 'Biblioteket');
  await user.type(screen.getByRole('textbox', { name: 'Adresse' }), 'Strandgaten 1');
  await user.selectOptions(screen.getByLabelText('Kommune'), 'Askøy');
  await user.type(screen.getByRole('textbox', { name: 'Antall plasser' }), '12');
  return user;
}

const INPUT = roomInput({
  ...EMPTY_ROOM,
  name: 'Biblioteket',
  address: 'Strandgaten 1',
  municipality: 'Askøy',
  capacity: '12',
});

describe('registering a room', () => {
  it('says next to each field what is missing, without asking the API', async () => {
    renderForm({});
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lagre rommet' }));
    const name = screen.getByRole('textbox', { name: 'Navn på rommet' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findAllByText(/Skriv navnet på rommet/)).toHaveLength(2);
    expect(screen.getAllByText(/Skriv antall plasser som et tall/)).toHaveLength(2);
    expect(screen.getByRole('link', { name: /Navn på rommet: Skriv navnet/ })).toHaveAttribute(
      'href',
      `#${name.id}`,
    );
  });

  it('refuses a time window that ends before it starts', () => {
    expect(
      checkRoom({
        ...EMPTY_ROOM,
        name: 'Rom',
        address: 'Gate 1',
        municipality: 'Bergen',
        capacity: '8',
        availability: [{ weekday: 'MONDAY', startsAt: '18:00', endsAt: '09:00' }],
      }),
    ).toEqual({ availability: expect.stringMatching(/slutt etter start/) });
  });

  it('shows what the API refused next to that field, and keeps everything typed', async () => {
    renderForm({
      mocks: [
        {
          request: { query: CreateRoomDocument, variables: { input: INPUT } },
          result: {
            errors: [
              new GraphQLError('Ugyldig input.', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ field: 'input.capacity', messages: ['Høyst 200 plasser.'] }],
                },
              }),
            ],
          },
        },
      ],
    });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Lagre rommet' }));
    expect(await screen.findAllByText(/Høyst 200 plasser/)).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Antall plasser' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByRole('textbox', { name: 'Navn på rommet' })).toHaveValue('Biblioteket');
    expect(screen.getByLabelText('Kommune')).toHaveValue('Askøy');
  });

  it('reports the saved room', async () => {
    const onSaved = renderForm({
      mocks: [
        {
          request: { query: CreateRoomDocument, variables: { input: INPUT } },
          result: {
            data: {
              createRoom: {
                __typename: 'Room',
                id: 'r1',
                name: 'Biblioteket',
                address: 'Strandgaten 1',
                municipality: 'Askøy',
                capacity: 12,
                stepFree: false,
                freeOfCharge: true,
                availability: [
                  {
                    __typename: 'RoomAvailability',
                    weekday: 'MONDAY',
                    startsAt: '09:00',
                    endsAt: '16:00',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Lagre rommet' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith('Biblioteket'));
  });
});

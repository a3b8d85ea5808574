import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { LoginDocument } from '../graphql/operations';
import { SessionProvider } from '../session/session';
import { readTokens } from '../session/tokens';
import { renderScreen } from '../test-utils';
import { SignIn } from './SignIn';

const login = (password: string) => ({
  request: {
    query: LoginDocument,
    variables: { input: { email: 'coordinator@bergen.demo.link', password } },
  },
});

function renderSignIn(mocks: MockLink.MockedResponse[]) {
  return renderScreen(
    <SessionProvider>
      <SignIn />
    </SessionProvider>,
    { mocks },
  );
}

async function signIn(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-post'), 'coordinator@bergen.demo.link');
  await user.type(screen.getByLabelText('Passord'), password);
  await user.click(screen.getByRole('button', { name: 'Logg inn' }));
}

describe('signing in', () => {
  it('asks for what is missing, next to the field', async () => {
    renderSignIn([]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(screen.getByLabelText('E-post')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Passord')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByText(/Skriv passordet ditt/)).toHaveLength(2);
  });

  it("says the API's reason and keeps the e-mail", async () => {
    renderSignIn([
      {
        ...login('feil'),
        result: {
          data: null,
          errors: [
            new GraphQLError('Feil e-post eller passord.', {
              extensions: { code: 'UNAUTHENTICATED' },
            }),
          ],
        },
      },
    ]);
    await signIn('feil');
    expect(await screen.findByRole('alert')).toHaveTextContent('Feil e-post eller passord.');
    expect(screen.getByLabelText('E-post')).toHaveValue('coordinator@bergen.demo.link');
    expect(readTokens()).toBeNull();
  });

  it('keeps the tokens when signed in', async () => {
    renderSignIn([
      {
        ...login('LinkDemo2026!'),
        result: {
          data: {
            login: {
              __typename: 'AuthPayload',
              accessToken: 'a',
              accessTokenExpiresAt: '2099-01-01T00:00:00.000Z',
              refreshToken: 'r',
            },
          },
        },
      },
    ]);
    await signIn('LinkDemo2026!');
    await screen.findByText('Navigated').catch(() => undefined);
    await new Promise((done) => setTimeout(done, 50));
    expect(readTokens()).toEqual({
      accessToken: 'a',
      accessTokenExpiresAt: '2099-01-01T00:00:00.000Z',
      refreshToken: 'r',
    });
  });
});

import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { GroupDetailsFieldsFragment } from '../../gql/graphql';
import {
  InviteStarterBackDocument,
  RecordStarterReturnDocument,
} from '../../graphql/course-volunteer-operations';
import { StarterDirectoryDocument } from '../../graphql/group-operations';
import { renderScreen } from '../../test-utils';
import { todayInOslo } from './group-format';
import { Starters } from './GroupSections';

const SELF_RUN = {
  id: 'g1',
  status: 'SELF_RUN',
  starters: [],
} as unknown as GroupDetailsFieldsFragment;

const directory: MockLink.MockedResponse = {
  request: { query: StarterDirectoryDocument, variables: { groupId: 'g1' } },
  result: { data: { starterDirectory: [] } },
};

const visit = (
  query: typeof InviteStarterBackDocument | typeof RecordStarterReturnDocument,
  reason: string | null,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query, variables: { input: { groupId: 'g1', on: todayInOslo(), reason } } },
  result,
});

describe("a self-run group's starter", () => {
  it('can be invited back, and her return noted, each with a reason in a word or two', async () => {
    renderScreen(<Starters group={SELF_RUN} />, {
      mocks: [
        directory,
        visit(InviteStarterBackDocument, 'konflikt', {
          data: { inviteStarterBack: { __typename: 'GroupEvent', id: 'e1' } },
        }),
        visit(RecordStarterReturnDocument, null, {
          data: { recordStarterReturn: { __typename: 'GroupEvent', id: 'e2' } },
        }),
      ],
    });
    const user = userEvent.setup();
    const section = screen.getByRole('group', { name: 'Igangsetteren tilbake' });
    await user.type(within(section).getByRole('textbox', { name: /Hvorfor/ }), 'konflikt');
    await user.click(
      within(section).getByRole('button', { name: 'Gruppen inviterte igangsetteren tilbake' }),
    );
    expect(await screen.findByText('Invitasjonen er notert i historikken.')).toBeVisible();
    expect(within(section).getByRole('textbox', { name: /Hvorfor/ })).toHaveValue('');
    await user.click(within(section).getByRole('button', { name: 'Igangsetteren kom tilbake' }));
    expect(await screen.findByText('Besøket er notert i historikken.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Se alle igangsettere i katalogen' })).toHaveAttribute(
      'href',
      '/igangsettere',
    );
  });

  it("shows the API's refusal next to the reason", async () => {
    renderScreen(<Starters group={SELF_RUN} />, {
      mocks: [
        directory,
        visit(InviteStarterBackDocument, 'x'.repeat(41), {
          errors: [
            new GraphQLError('Ugyldig input.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'input.reason', messages: ['Høyst 40 tegn: ett eller to ord.'] }],
              },
            }),
          ],
        }),
      ],
    });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Hvorfor/ }), 'x'.repeat(41));
    await user.click(
      screen.getByRole('button', { name: 'Gruppen inviterte igangsetteren tilbake' }),
    );
    expect(await screen.findByText('Høyst 40 tegn: ett eller to ord.')).toBeVisible();
  });

  it('is not offered while the group is still starting', () => {
    renderScreen(<Starters group={{ ...SELF_RUN, status: 'STARTING' }} />, { mocks: [directory] });
    expect(screen.queryByRole('group', { name: 'Igangsetteren tilbake' })).toBeNull();
  });
});

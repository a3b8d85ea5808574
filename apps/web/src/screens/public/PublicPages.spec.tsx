import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { PublicCentrePageDocument, SubmitInterestFormDocument } from '../../gql/graphql';
import { interestInput } from './InterestForm';
import { PublicRoutes } from './PublicRoutes';

const CENTRE = {
  __typename: 'PublicCentre',
  slug: 'bergen',
  name: 'LINK Bergen og omegn',
  municipalities: ['Bergen', 'Askøy'],
  contactPhone: null,
  contactEmail: 'post@linkbergen.no',
  website: null,
};
const group = (fields: Record<string, unknown>) => ({
  __typename: 'PublicGroup',
  kind: 'CLOSED',
  format: 'PHYSICAL',
  composition: 'MIXED',
  theme: null,
  weekday: 'MONDAY',
  timeOfDay: 'EVENING',
  startTime: null,
  municipality: 'Bergen',
  address: null,
  recruiting: true,
  ...fields,
});
const GROUPS = [
  group({}),
  group({ weekday: 'TUESDAY', municipality: 'Askøy' }),
  group({ kind: 'OPEN', weekday: 'FRIDAY', startTime: '12:00', address: 'Kirkegata 5' }),
  group({ format: 'DIGITAL', municipality: null, composition: 'THEMED', theme: 'sorg' }),
];
const PAGE = {
  request: { query: PublicCentrePageDocument, variables: { slug: 'bergen' } },
  result: { data: { publicCentre: CENTRE, publicGroups: GROUPS } },
  maxUsageCount: 5,
};

function renderAt(path: string, mocks: MockLink.MockedResponse[] = [PAGE]) {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <PublicRoutes />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('the public group finder', () => {
  it('filters by what the address says, and by the choices', async () => {
    renderAt('/sentre/bergen/finn-gruppe?format=digitalt');
    expect(await screen.findByText('Én gruppe passer')).toBeInTheDocument();
    expect(screen.getByText('Tema: sorg')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Fysisk eller digitalt'), 'fysisk');
    await user.selectOptions(screen.getByLabelText('Kommune'), 'Askøy');
    expect(screen.getByText('Én gruppe passer')).toBeInTheDocument();
    expect(screen.getByText('Tirsdager, kveld')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vis alle gruppene' }));
    expect(screen.getByText('4 grupper passer')).toBeInTheDocument();
    expect(screen.getByText('Møtested: Kirkegata 5')).toBeInTheDocument();
  });
});

describe('the public interest form', () => {
  it('asks for a name and a way to reach the person before sending anything', async () => {
    renderAt('/sentre/bergen/meld-interesse');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(screen.getByText('Rett opp dette før du sender:')).toBeInTheDocument();
    expect(screen.getByLabelText('Fornavn eller kallenavn')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByLabelText('Telefonnummer')).toHaveAttribute('aria-invalid', 'true');
  });

  it('sends the chosen times as one line, and shows the receipt', async () => {
    const input = interestInput('bergen', {
      firstName: ' Solveig ',
      phone: '922 33 444',
      email: '',
      times: ['EVENING', 'FORENOON'],
      otherTimes: 'ikke fredag',
      message: '',
      website: '',
    });
    expect(input).toEqual({
      centre: 'bergen',
      firstName: 'Solveig',
      phone: '922 33 444',
      email: undefined,
      preferredTimes: 'Formiddag, kveld, ikke fredag',
      message: undefined,
      website: undefined,
    });
    renderAt('/sentre/bergen/meld-interesse', [
      PAGE,
      {
        request: { query: SubmitInterestFormDocument, variables: { input } },
        result: { data: { submitInterestForm: 'Takk! Vi tar kontakt.' } },
      },
    ]);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Fornavn eller kallenavn'), ' Solveig ');
    await user.type(screen.getByLabelText('Telefonnummer'), '922 33 444');
    await user.click(screen.getByRole('checkbox', { name: 'Kveld' }));
    await user.click(screen.getByRole('checkbox', { name: 'Formiddag' }));
    await user.type(screen.getByLabelText(/Annet om når/), 'ikke fredag');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Takk! Vi tar kontakt.')).toBeInTheDocument();
  });
});

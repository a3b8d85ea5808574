import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  MyGroupsDocument,
  MyInvitationsDocument,
  MyReadingDocument,
  MyTrainingDocument,
  MyVolunteerWorkDocument,
} from '../../graphql/self-operations';
import type { Me } from '../../session/session';
import { renderScreen } from '../../test-utils';
import { checkHours } from './MyVolunteerWork';
import { endTime, OwnPage } from './OwnPage';

const ME = {
  __typename: 'Me',
  id: 'u1',
  displayName: 'Kari',
  email: 'kari@example.no',
  activeRole: 'STARTER',
  activeCentre: {
    __typename: 'Centre',
    id: 'c1',
    slug: 'bergen',
    name: 'LINK Bergen og omegn',
    municipalities: ['Bergen'],
  },
  memberships: [],
} as unknown as Me;

const GROUP = {
  __typename: 'MyGroup',
  id: 'g1',
  name: 'Torsdagsgruppa',
  myPart: 'INVITED_BACK',
  invitedBackOn: '2026-11-20',
  status: 'SELF_RUN',
  kind: 'CLOSED',
  format: 'PHYSICAL',
  weekday: 'THURSDAY',
  startTime: '18:00',
  durationMinutes: 120,
  startDate: '2026-09-03',
  meetingLink: null,
  memberNames: ['Ola', 'Aisha'],
  room: {
    __typename: 'StarterRoom',
    name: 'Frivilligsentralen',
    address: 'Storgata 1',
    municipality: 'Bergen',
  },
};

const mocks = [
  { request: { query: MyGroupsDocument }, result: { data: { myGroups: [GROUP] } } },
  { request: { query: MyInvitationsDocument }, result: { data: { myCentreInvitations: [] } } },
  { request: { query: MyReadingDocument }, result: { data: { myRequiredReading: [] } } },
  {
    request: { query: MyTrainingDocument },
    result: { data: { myQualifications: [], myCourses: [] } },
  },
  { request: { query: MyVolunteerWorkDocument }, result: { data: { myVolunteerWork: null } } },
];

describe('own page', () => {
  it('shows a group as a starter needs it: when, where, who by first name', async () => {
    renderScreen(<OwnPage me={ME} />, { mocks, path: '/min-side' });
    const card = (await screen.findByRole('heading', { name: 'Torsdagsgruppa' })).closest(
      '.own-card',
    ) as HTMLElement;
    expect(within(card).getByText('Torsdager kl. 18:00–20:00')).toBeInTheDocument();
    expect(within(card).getByText(/Frivilligsentralen/)).toBeInTheDocument();
    expect(within(card).getByText('Ola, Aisha')).toBeInTheDocument();
    expect(within(card).getByText(/Gruppen inviterte deg tilbake/)).toBeInTheDocument();
    expect(await screen.findByText(/ikke registrert som frivillig/)).toBeInTheDocument();
  });

  it('ends a late group after midnight', () => {
    expect(endTime('23:00', 120)).toBe('01:00');
  });

  it('takes hours in half hours, on a day not in the future', () => {
    const today = '2026-12-03';
    expect(checkHours({ workedOn: today, hours: '1,5', activity: 'OTHER' }, today)).toEqual({});
    expect(
      Object.keys(checkHours({ workedOn: today, hours: '1,2', activity: 'OTHER' }, today)),
    ).toEqual(['hours']);
    expect(
      Object.keys(checkHours({ workedOn: '2026-12-04', hours: '2', activity: 'OTHER' }, today)),
    ).toEqual(['workedOn']);
  });
});

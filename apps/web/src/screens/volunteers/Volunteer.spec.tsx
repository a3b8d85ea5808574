import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { VolunteerFieldsFragment } from '../../gql/graphql';
import { LogVolunteerHoursDocument } from '../../graphql/course-volunteer-operations';
import { renderScreen } from '../../test-utils';
import { Hours, PoliceCertificates } from './Volunteer';
import { todayInOslo } from './volunteer-format';

const VOLUNTEER: VolunteerFieldsFragment = {
  id: 'v1',
  userId: 'u1',
  displayName: 'Ny frivillig',
  email: 'ny@example.no',
  status: 'ACTIVE',
  skills: [],
  languages: ['norsk'],
  municipalities: [],
  availableWeekdays: ['TUESDAY'],
  availableTimesOfDay: ['EVENING'],
  confidentialitySignedOn: null,
  totalHours: 2,
  policeCertificates: [
    {
      id: 'c1',
      kind: 'ORDINARY',
      task: 'Igangsetter',
      shownOn: '2026-01-05',
      validUntil: '2029-01-05',
    },
  ],
  assignments: [],
};

describe("a volunteer's profile", () => {
  it('lists the certificates shown, never the certificate, and refuses a day still to come', async () => {
    renderScreen(<PoliceCertificates volunteer={VOLUNTEER} />);
    expect(screen.getByText(/Ordinær – Igangsetter\. Vist 5\. jan\. 2026/)).toBeVisible();
    const user = userEvent.setup();
    const shown = screen.getByLabelText('Vist dato');
    await user.clear(shown);
    await user.type(shown, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Registrer vist politiattest' }));
    expect(await screen.findByRole('link', { name: /Vist dato: Velg en dato/ })).toBeVisible();
  });

  it('logs hours in half hours, a comma as decimal sign', async () => {
    renderScreen(<Hours volunteer={VOLUNTEER} />, {
      mocks: [
        {
          request: {
            query: LogVolunteerHoursDocument,
            variables: {
              input: { volunteerId: 'v1', workedOn: todayInOslo(), hours: 1.5, activity: 'COURSE' },
            },
          },
          result: {
            data: {
              logVolunteerHours: {
                ...VOLUNTEER,
                __typename: 'Volunteer',
                totalHours: 3.5,
                policeCertificates: VOLUNTEER.policeCertificates.map((c) => ({
                  ...c,
                  __typename: 'PoliceCertificateCheck',
                })),
              },
            },
          },
        },
      ],
    });
    const user = userEvent.setup();
    const hours = screen.getByRole('textbox', { name: /^Timer/ });
    await user.type(hours, '1,3');
    await user.click(screen.getByRole('button', { name: 'Før timer' }));
    expect(await screen.findAllByText(/halve timer/)).not.toHaveLength(0);
    await user.clear(hours);
    await user.type(hours, '1,5');
    await user.selectOptions(screen.getByLabelText('Aktivitet'), 'COURSE');
    await user.click(screen.getByRole('button', { name: 'Før timer' }));
    expect(await screen.findByText('Timene er ført.')).toBeVisible();
  });
});

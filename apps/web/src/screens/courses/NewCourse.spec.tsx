import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CreateCourseDocument } from '../../graphql/course-volunteer-operations';
import { renderScreen } from '../../test-utils';
import { osloInstant } from './course-format';
import { checkCourse, courseInput, EMPTY_COURSE, NewCourse } from './NewCourse';

const DRAFT = {
  ...EMPTY_COURSE,
  title: 'Igangsetterkurs vinter',
  openToOtherCentres: true,
  sessions: [
    { ...EMPTY_COURSE.sessions[0], date: '2027-01-12', place: 'Kurslokalet' },
    {
      ...EMPTY_COURSE.sessions[0],
      date: '2027-07-13',
      time: '09:30',
      digital: true,
      mandatory: false,
    },
  ],
};

describe('a course date and time', () => {
  it('is the time in Norway, winter and summer alike', () => {
    expect(osloInstant('2027-01-12', '18:00')).toBe('2027-01-12T17:00:00.000Z');
    expect(osloInstant('2027-07-13', '09:30')).toBe('2027-07-13T07:30:00.000Z');
  });
});

describe('a new course', () => {
  it('needs a title, places and a complete session, and says so per field', () => {
    expect(checkCourse({ ...EMPTY_COURSE, title: 'Ku', capacity: '0', validMonths: 'x' })).toEqual({
      title: expect.stringMatching(/tittel/),
      capacity: expect.stringMatching(/plasser/),
      qualificationValidMonths: expect.stringMatching(/måneder/),
      sessions: expect.stringMatching(/dato/),
    });
    expect(checkCourse(DRAFT)).toEqual({});
  });

  it('sends sessions as instants, a digital one without a place, and no months for guidance', () => {
    const input = courseInput(DRAFT);
    expect(input.sessions).toEqual([
      {
        startsAt: '2027-01-12T17:00:00.000Z',
        durationMinutes: 180,
        digital: false,
        place: 'Kurslokalet',
        mandatory: true,
      },
      {
        startsAt: '2027-07-13T07:30:00.000Z',
        durationMinutes: 180,
        digital: true,
        place: null,
        mandatory: false,
      },
    ]);
    expect(input.qualificationValidMonths).toBe(36);
    expect(courseInput({ ...DRAFT, kind: 'GUIDANCE' }).qualificationValidMonths).toBeNull();
  });

  it("shows the API's refusal of a session under Samlinger, and keeps what was typed", async () => {
    const onSaved = vi.fn();
    const mocks: MockLink.MockedResponse[] = [
      {
        request: {
          query: CreateCourseDocument,
          variables: {
            input: courseInput({
              ...EMPTY_COURSE,
              title: 'Veiledning',
              sessions: [{ ...EMPTY_COURSE.sessions[0], date: '2027-02-01', place: 'Huset' }],
            }),
          },
        },
        result: {
          errors: [
            new GraphQLError('Ugyldig input.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ field: 'input.sessions.0.place', messages: ['Høyst 160 tegn.'] }],
              },
            }),
          ],
        },
      },
    ];
    renderScreen(<NewCourse onSaved={onSaved} onCancel={() => undefined} />, { mocks });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Tittel' }), 'Veiledning');
    const session = screen.getByRole('group', { name: 'Samling 1' });
    await user.type(within(session).getByLabelText('Dato'), '2027-02-01');
    await user.type(within(session).getByRole('textbox', { name: 'Sted' }), 'Huset');
    await user.click(screen.getByRole('button', { name: 'Opprett kurset' }));
    expect(await screen.findAllByText(/Høyst 160 tegn/)).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Tittel' })).toHaveValue('Veiledning');
    expect(onSaved).not.toHaveBeenCalled();
  });
});

import { SlaState } from '../intake.enums';
import {
  answerState,
  conversationHeldState,
  conversationState,
  promiseDeadlines,
} from './promises';

const OSLO = 'Europe/Oslo';

describe('promise deadlines in Europe/Oslo', () => {
  it('are the same local time a day and a week later on ordinary days', () => {
    const { answerDueAt, conversationDueAt } = promiseDeadlines(
      new Date('2026-02-02T09:30:00Z'),
      OSLO,
    );
    expect(answerDueAt.toISOString()).toBe('2026-02-03T09:30:00.000Z');
    expect(conversationDueAt.toISOString()).toBe('2026-02-09T09:30:00.000Z');
  });

  it('keep the local time across the March change (a day of 23 hours)', () => {
    // Saturday 28 March 2026 14:00 CET (13:00 UTC); clocks go forward on Sunday 29 March.
    const { answerDueAt, conversationDueAt } = promiseDeadlines(
      new Date('2026-03-28T13:00:00Z'),
      OSLO,
    );
    expect(answerDueAt.toISOString()).toBe('2026-03-29T12:00:00.000Z'); // 14:00 CEST
    expect(conversationDueAt.toISOString()).toBe('2026-04-04T12:00:00.000Z');
  });

  it('keep the local time across the October change (a day of 25 hours)', () => {
    // Saturday 24 October 2026 14:00 CEST (12:00 UTC); clocks go back on Sunday 25 October.
    const { answerDueAt } = promiseDeadlines(new Date('2026-10-24T12:00:00Z'), OSLO);
    expect(answerDueAt.toISOString()).toBe('2026-10-25T13:00:00.000Z'); // 14:00 CET
  });
});

describe('promise states', () => {
  const facts = {
    answerDueAt: new Date('2026-02-03T09:30:00Z'),
    conversationDueAt: new Date('2026-02-09T09:30:00Z'),
    firstAnswerAt: null,
    conversationHeldAt: null,
    outcome: null,
  };

  it('are pending before the deadline and overdue after it', () => {
    expect(answerState(facts, new Date('2026-02-03T09:29:00Z'))).toBe(SlaState.PENDING);
    expect(answerState(facts, new Date('2026-02-03T09:31:00Z'))).toBe(SlaState.OVERDUE);
  });

  it('are met or missed once done, whatever the time now', () => {
    const later = new Date('2030-01-01T00:00:00Z');
    expect(answerState({ ...facts, firstAnswerAt: new Date('2026-02-03T09:30:00Z') }, later)).toBe(
      SlaState.MET,
    );
    expect(answerState({ ...facts, firstAnswerAt: new Date('2026-02-03T09:31:00Z') }, later)).toBe(
      SlaState.MISSED,
    );
  });

  it('are not needed when the inquiry closed before the step', () => {
    const closed = {
      ...facts,
      firstAnswerAt: new Date('2026-02-02T10:00:00Z'),
      outcome: 'NOT_NOW',
    };
    expect(conversationState(closed, new Date('2026-03-01T00:00:00Z'))).toBe(SlaState.NOT_NEEDED);
  });

  it('measure the week on the invitation; the conversation held is its own state', () => {
    const invited = {
      ...facts,
      conversationInvitedAt: new Date('2026-02-04T09:30:00Z'),
      conversationHeldAt: new Date('2026-02-11T09:30:00Z'),
    };
    const later = new Date('2030-01-01T00:00:00Z');
    expect(conversationState(invited, later)).toBe(SlaState.MET);
    expect(conversationHeldState(invited, later)).toBe(SlaState.MISSED);
    // A conversation held in time is an invitation made in time.
    const heldOnly = { ...facts, conversationHeldAt: new Date('2026-02-05T09:30:00Z') };
    expect(conversationState(heldOnly, later)).toBe(SlaState.MET);
  });

  it('are missed when the inquiry was closed to the waitlist with nothing recorded', () => {
    const waitlisted = { ...facts, outcome: 'JOINED_WAITLIST' };
    const now = new Date('2026-02-02T10:00:00Z');
    expect(answerState(waitlisted, now)).toBe(SlaState.MISSED);
    expect(conversationState(waitlisted, now)).toBe(SlaState.MISSED);
    expect(conversationHeldState(waitlisted, now)).toBe(SlaState.MISSED);
  });
});

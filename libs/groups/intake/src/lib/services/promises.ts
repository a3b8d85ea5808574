import { DateTime } from 'luxon';

import { SlaState } from '../intake.enums';

/**
 * The centres' promise: an answer within a day (døgn), and an invitation to an individual
 * conversation within a week. Whether the conversation was held within the week is measured too.
 */
export const ANSWER_WITHIN_DAYS = 1;
export const CONVERSATION_WITHIN_DAYS = 7;

/**
 * Deadlines are calendar promises in the centre's time zone: an inquiry at 14:00 on Saturday is
 * due at 14:00 on Sunday, also when the clocks change in between (then 23 or 25 hours pass).
 */
export function promiseDeadlines(receivedAt: Date, timeZone: string) {
  const received = DateTime.fromJSDate(receivedAt, { zone: timeZone });
  return {
    answerDueAt: received.plus({ days: ANSWER_WITHIN_DAYS }).toJSDate(),
    conversationDueAt: received.plus({ days: CONVERSATION_WITHIN_DAYS }).toJSDate(),
  };
}

interface PromiseFacts {
  answerDueAt: Date;
  conversationDueAt: Date;
  firstAnswerAt: Date | null;
  conversationInvitedAt?: Date | null;
  conversationHeldAt: Date | null;
  outcome: string | null;
}

export function answerState(inquiry: PromiseFacts, now: Date): SlaState {
  return state(inquiry.firstAnswerAt, inquiry.answerDueAt, inquiry.outcome, now);
}

/** The promise as stated: invited within a week. A conversation held is an invitation by then. */
export function conversationState(inquiry: PromiseFacts, now: Date): SlaState {
  const invitedAt = earliest(inquiry.conversationInvitedAt ?? null, inquiry.conversationHeldAt);
  return state(invitedAt, inquiry.conversationDueAt, inquiry.outcome, now);
}

export function conversationHeldState(inquiry: PromiseFacts, now: Date): SlaState {
  return state(inquiry.conversationHeldAt, inquiry.conversationDueAt, inquiry.outcome, now);
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * The same rules as the report functions (migration 1765440000000): closed to the waitlist with
 * nothing recorded is a missed promise, not one that was not needed.
 */
function state(doneAt: Date | null, dueAt: Date, outcome: string | null, now: Date): SlaState {
  if (doneAt) return doneAt.getTime() <= dueAt.getTime() ? SlaState.MET : SlaState.MISSED;
  if (outcome === 'JOINED_WAITLIST') return SlaState.MISSED;
  if (outcome) return SlaState.NOT_NEEDED;
  return now.getTime() > dueAt.getTime() ? SlaState.OVERDUE : SlaState.PENDING;
}

import { DateTime } from 'luxon';

import { SlaState } from '../intake.enums';

/** The centres' promise: an answer within a day (døgn), a conversation within a week. */
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
  conversationHeldAt: Date | null;
  outcome: string | null;
}

export function answerState(inquiry: PromiseFacts, now: Date): SlaState {
  return state(inquiry.firstAnswerAt, inquiry.answerDueAt, inquiry.outcome, now);
}

export function conversationState(inquiry: PromiseFacts, now: Date): SlaState {
  return state(inquiry.conversationHeldAt, inquiry.conversationDueAt, inquiry.outcome, now);
}

function state(doneAt: Date | null, dueAt: Date, outcome: string | null, now: Date): SlaState {
  if (doneAt) return doneAt.getTime() <= dueAt.getTime() ? SlaState.MET : SlaState.MISSED;
  if (outcome) return SlaState.NOT_NEEDED;
  return now.getTime() > dueAt.getTime() ? SlaState.OVERDUE : SlaState.PENDING;
}

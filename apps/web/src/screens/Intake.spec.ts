import { describe, expect, it } from 'vitest';

import { notBeforeReceived } from './Intake';

describe('the intake times', () => {
  it('read "now" in the minute the inquiry came in as the moment it came in', () => {
    const received = '2026-03-15T10:00:42.000Z';
    expect(notBeforeReceived(new Date('2026-03-15T10:00:00Z'), received).toISOString()).toBe(
      received,
    );
    expect(notBeforeReceived(new Date('2026-03-15T10:05:00Z'), received).toISOString()).toBe(
      '2026-03-15T10:05:00.000Z',
    );
    // Earlier than that minute is a mistake the API names.
    expect(notBeforeReceived(new Date('2026-03-15T09:00:00Z'), received).toISOString()).toBe(
      '2026-03-15T09:00:00.000Z',
    );
  });
});

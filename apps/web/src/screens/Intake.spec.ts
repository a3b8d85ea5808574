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

describe('relative times', () => {
  it('say how far a deadline is, in Norwegian', async () => {
    const { formatRelative } = await import('../texts');
    const now = Date.parse('2026-03-15T12:00:00Z');
    expect(formatRelative('2026-03-15T17:00:00Z', now)).toBe('om 5 timer');
    expect(formatRelative('2026-03-13T12:00:00Z', now)).toBe('i forgårs');
    expect(formatRelative('2026-03-10T12:00:00Z', now)).toBe('for 5 døgn siden');
    expect(formatRelative('2026-03-15T11:30:00Z', now)).toBe('for 30 minutter siden');
  });
});

import type { Environment } from '@link/platform/config';

import { ReportFactsScheduler } from './report-facts.scheduler';
import type { ReportFactsService } from './report-facts.service';

/** A refresh that finishes when the test says so. */
function controllableRefresh() {
  const finishers: (() => void)[] = [];
  const refreshAll = jest.fn(
    () =>
      new Promise<[]>((done) => {
        finishers.push(() => done([]));
      }),
  );
  return { refreshAll, finishOne: () => finishers.shift()?.() };
}

function schedulerWith(minutes: number, refreshAll: () => Promise<unknown>) {
  const environment = { REPORT_FACTS_INTERVAL_MINUTES: minutes } as Environment;
  return new ReportFactsScheduler(environment, { refreshAll } as unknown as ReportFactsService);
}

describe('the report facts timer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('refreshes a minute after start, then every interval', async () => {
    const { refreshAll, finishOne } = controllableRefresh();
    const scheduler = schedulerWith(60, refreshAll);
    scheduler.onApplicationBootstrap();

    await jest.advanceTimersByTimeAsync(59_000);
    expect(refreshAll).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(refreshAll).toHaveBeenCalledTimes(1);
    finishOne();
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(refreshAll).toHaveBeenCalledTimes(2);
    finishOne();
    await scheduler.beforeApplicationShutdown();
  });

  it('never starts a refresh while one is running, and lets it finish before shutdown', async () => {
    const { refreshAll, finishOne } = controllableRefresh();
    const scheduler = schedulerWith(1, refreshAll);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(60_000 + 5 * 60_000);
    expect(refreshAll).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = scheduler.beforeApplicationShutdown().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finishOne();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(refreshAll).toHaveBeenCalledTimes(1);
  });

  it('keeps running after a failed refresh', async () => {
    const refreshAll = jest
      .fn()
      .mockRejectedValueOnce(new Error('the database went away'))
      .mockResolvedValue([]);
    const scheduler = schedulerWith(1, refreshAll);
    // The failure is logged, not thrown.
    jest.spyOn(scheduler['logger'], 'error').mockImplementation(() => undefined);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(60_000);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(refreshAll).toHaveBeenCalledTimes(2);
    await scheduler.beforeApplicationShutdown();
  });

  it('is off at 0', async () => {
    const refreshAll = jest.fn();
    schedulerWith(0, refreshAll).onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(refreshAll).not.toHaveBeenCalled();
  });
});

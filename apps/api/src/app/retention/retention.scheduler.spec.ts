import type { Environment } from '@link/platform/config';

import { RetentionScheduler } from './retention.scheduler';
import type { RetentionResult, RetentionService } from './retention.service';

const NOTHING: RetentionResult = { participants: {}, courseExternals: {} };

/** A run that finishes when the test says so. */
function controllableRun() {
  const finishers: (() => void)[] = [];
  const run = jest.fn(
    () =>
      new Promise<RetentionResult>((done) => {
        finishers.push(() => done(NOTHING));
      }),
  );
  return { run, finishOne: () => finishers.shift()?.() };
}

function schedulerWith(hours: number, run: () => Promise<unknown>, firstAfterSeconds = 60) {
  const environment = {
    RETENTION_INTERVAL_HOURS: hours,
    RETENTION_FIRST_RUN_AFTER_SECONDS: firstAfterSeconds,
  } as Environment;
  const scheduler = new RetentionScheduler(environment, { run } as unknown as RetentionService);
  jest.spyOn(scheduler['logger'], 'log').mockImplementation(() => undefined);
  return scheduler;
}

describe('the retention timer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs soon after start, not a whole interval later, then every interval', async () => {
    const { run, finishOne } = controllableRun();
    const scheduler = schedulerWith(24, run, 60);
    scheduler.onApplicationBootstrap();

    await jest.advanceTimersByTimeAsync(59_000);
    expect(run).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(1);
    finishOne();
    await jest.advanceTimersByTimeAsync(24 * 3600_000 - 1);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    finishOne();
    await scheduler.beforeApplicationShutdown();
  });

  it('an API restarted every day still erases: each start runs once', async () => {
    for (let day = 0; day < 3; day++) {
      const run = jest.fn().mockResolvedValue(NOTHING);
      const scheduler = schedulerWith(24, run);
      scheduler.onApplicationBootstrap();
      await jest.advanceTimersByTimeAsync(23 * 3600_000);
      expect(run).toHaveBeenCalledTimes(1);
      await scheduler.beforeApplicationShutdown();
    }
  });

  it('never starts a run while one is going, and lets it finish before shutdown', async () => {
    const { run, finishOne } = controllableRun();
    const scheduler = schedulerWith(1, run);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(60_000 + 5 * 3600_000);
    expect(run).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = scheduler.beforeApplicationShutdown().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finishOne();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(10 * 3600_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps running after a failed run', async () => {
    const run = jest
      .fn()
      .mockRejectedValueOnce(new Error('the database went away'))
      .mockResolvedValue(NOTHING);
    const scheduler = schedulerWith(1, run);
    // The failure is logged, not thrown.
    const logged = jest.spyOn(scheduler['logger'], 'error').mockImplementation(() => undefined);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(60_000);
    expect(logged).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(3600_000);
    expect(run).toHaveBeenCalledTimes(2);
    await scheduler.beforeApplicationShutdown();
  });

  it('is off at 0', async () => {
    const run = jest.fn();
    schedulerWith(0, run).onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(7 * 24 * 3600_000);
    expect(run).not.toHaveBeenCalled();
  });
});

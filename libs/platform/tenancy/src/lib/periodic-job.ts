/**
 * A job the API runs on a timer (retention, report facts): a first run some time after start,
 * then one per interval; never two runs at once in one API; a failure is logged and the timer
 * carries on; stopping waits for a run under way, so it finishes before the connections close.
 */
export class PeriodicJob<T> {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly work: () => Promise<T>,
    private readonly report: { done(result: T): void; failed(error: unknown): void },
  ) {}

  /** An interval of 0 turns the job off (e.g. when cron runs the command instead). */
  start(firstAfterMs: number, everyMs: number): void {
    if (everyMs === 0) return;
    const first = setTimeout(() => {
      this.tick();
      this.timer = setInterval(() => this.tick(), everyMs);
      this.timer.unref();
    }, firstAfterMs);
    first.unref();
    this.timer = first;
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer); // Node clears an interval this way too
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.work()
      .then((result) => this.report.done(result))
      .catch((error: unknown) => this.report.failed(error))
      .finally(() => (this.running = undefined));
  }
}

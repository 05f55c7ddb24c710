/** The timer functions the scanner sources use; tests pass fakes, the host the real ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's timers, unref'd: a scanner waiting for its device never keeps the process alive. */
export const nodeTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** One pending callback at a time: scheduling again replaces it. */
export class SingleTimer {
  private handle: unknown = null;

  constructor(private readonly timers: Timers) {}

  get pending(): boolean {
    return this.handle !== null;
  }

  schedule(callback: () => void, ms: number): void {
    this.cancel();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      callback();
    }, ms);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }
}

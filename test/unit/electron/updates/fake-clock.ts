/** Timers and a clock under the test's control: `advance(ms)` runs what falls due, in order. */
export class FakeClock {
  now = Date.parse('2026-11-20T03:00:00Z');
  private next = 1;
  private readonly due = new Map<number, { at: number; fn: () => void }>();

  readonly timers = {
    set: (fn: () => void, ms: number): unknown => {
      const id = this.next++;
      this.due.set(id, { at: this.now + ms, fn });
      return id;
    },
    clear: (handle: unknown): void => {
      this.due.delete(handle as number);
    },
  };

  date = (): Date => new Date(this.now);
  ms = (): number => this.now;

  get pending(): number {
    return this.due.size;
  }

  /** Moves time forward, running due timers (and letting their promises settle) one by one. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const [id, timer] = [...this.due.entries()].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || timer === undefined || timer.at > end) break;
      this.due.delete(id);
      this.now = timer.at;
      timer.fn();
      await flush();
    }
    this.now = end;
    await flush();
  }
}

export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}

import type { ActiveScannerDevice, ScannerErrorKind } from '../../shared/contract/scanner.ts';
import { errorMessage } from './open-error.ts';
import type { SourceListener } from './raw-scan.ts';
import type { HostSourceReader, SourceSnapshot } from './source-state.ts';
import { SingleTimer } from './timers.ts';
import type { Timers } from './timers.ts';

/**
 * The life of a device that can come and go: try to open it, read it until it fails, then
 * wait and try again, for as long as the source runs. Each kind of problem is reported once
 * until the device works again, so a scanner left unplugged does not flood the status.
 */
export abstract class ReconnectingSource implements HostSourceReader {
  private state: SourceSnapshot['state'] = 'stopped';
  private readonly retry: SingleTimer;
  private generation = 0;
  private running = false;
  private reportedKind: ScannerErrorKind | null = null;

  constructor(
    protected readonly listener: SourceListener,
    protected readonly timers: Timers,
  ) {
    this.retry = new SingleTimer(timers);
  }

  /**
   * Opens the device. Returns null once it is open and being read, or how many milliseconds to
   * wait before the next attempt (after reporting why through `problem`).
   */
  protected abstract connect(isCurrent: () => boolean): Promise<number | null>;

  /** Closes whatever `connect` opened; the device may already be gone. */
  protected abstract release(): Promise<void>;

  protected abstract activeDevice(): ActiveScannerDevice | null;

  protected keyboardAlsoTypes(): boolean {
    return false;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.attempt();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.generation += 1;
    this.retry.cancel();
    await this.release();
    this.setState('stopped');
  }

  snapshot(): SourceSnapshot {
    const connected = this.state === 'connected';
    return { state: this.state, device: connected ? this.activeDevice() : null, keyboardAlsoTypes: connected && this.keyboardAlsoTypes() };
  }

  /** A scan came through: a problem seen before it is worth reporting again. */
  protected scanned(): void {
    this.reportedKind = null;
  }

  protected problem(kind: ScannerErrorKind, detail: string | null): void {
    if (kind === this.reportedKind) return;
    this.reportedKind = kind;
    this.listener.problem({ kind, detail });
  }

  /** Reading failed after the device was open: close it, report, and start looking for it again. */
  protected async connectionLost(kind: ScannerErrorKind, detail: string | null, retryMs: number): Promise<void> {
    const generation = ++this.generation;
    await this.release();
    if (generation !== this.generation || !this.running) return;
    this.problem(kind, detail);
    this.waitThenRetry(retryMs);
  }

  private attempt(): void {
    const generation = ++this.generation;
    const isCurrent = () => generation === this.generation && this.running;
    this.setState('connecting');
    this.connect(isCurrent).then(
      (retryMs) => {
        if (!isCurrent()) return;
        if (retryMs === null) {
          this.reportedKind = null;
          this.setState('connected');
        } else {
          this.waitThenRetry(retryMs);
        }
      },
      (error: unknown) => {
        if (!isCurrent()) return;
        this.problem('open-failed', errorMessage(error));
        this.waitThenRetry(5_000);
      },
    );
  }

  private waitThenRetry(ms: number): void {
    this.setState('waiting');
    this.retry.schedule(() => this.attempt(), ms);
  }

  private setState(state: SourceSnapshot['state']): void {
    if (state === this.state) return;
    this.state = state;
    this.listener.changed();
  }
}

import type { ScannerMonitorEntry } from '../../shared/contract/scanner.ts';

type NewEntry = Omit<ScannerMonitorEntry, 'seq'>;

const KEPT_ENTRIES = 50;
/** The monitor records only while a technician's page keeps reading it, at least this often. */
export const MONITOR_LEASE_MS = 10_000;

/**
 * What host sources received, for the technician's live monitor. Scans are personal-ish, so
 * nothing is kept unless someone is watching: reading opens (or extends) a short lease, and
 * when it lapses the entries are dropped. Never logged.
 */
export class ScannerMonitor {
  private entries: ScannerMonitorEntry[] = [];
  private nextSeq = 1;
  private watchedUntil = -Infinity;

  constructor(private readonly now: () => Date) {}

  get watched(): boolean {
    return this.now().getTime() < this.watchedUntil;
  }

  record(entry: NewEntry): void {
    if (!this.watched) {
      this.entries = [];
      return;
    }
    this.entries.push({ ...entry, seq: this.nextSeq++ });
    if (this.entries.length > KEPT_ENTRIES) this.entries.splice(0, this.entries.length - KEPT_ENTRIES);
  }

  /** Entries newer than `after`, and the number to pass next time; extends the lease. */
  read(after: number): { entries: ScannerMonitorEntry[]; next: number } {
    if (!this.watched) this.entries = [];
    this.watchedUntil = this.now().getTime() + MONITOR_LEASE_MS;
    return { entries: this.entries.filter((e) => e.seq > after), next: this.nextSeq - 1 };
  }
}

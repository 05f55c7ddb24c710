import type { FaultKind } from './faults.ts';
import type { RouteName } from './routes/route-table.ts';

/** One kiosk request as the simulator saw and answered it. */
export interface RequestLogEntry {
  /** When the request arrived (ISO). */
  at: string;
  method: string;
  /** Path and query string as sent. */
  path: string;
  route: RouteName | null;
  status: number;
  /** Body bytes written to the socket (compressed size when gzipped). */
  bytes: number;
  gzip: boolean;
  /** Request headers, lower-case names; the bearer token is replaced by `<redacted>`. */
  headers: Record<string, string>;
  /** Whether the request carried the right token (a wrong-token fault answers 401 even so). */
  authorized: boolean;
  faults: FaultKind[];
  durationMs: number;
}

const MAX_ENTRIES = 100_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): RequestLogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}

import type { Database } from 'better-sqlite3';
import type { AuditEntry } from '../../shared/contract/index.ts';
import { scrubValue } from '../log/personal-data-filter.ts';

/** Who did it: at the kiosk, from a shell, or the district server through the heartbeat. */
export type AuditActor = 'technician' | 'cli' | 'district' | 'kiosk';

export type AuditAction =
  | 'pin-set'
  | 'pin-changed'
  | 'pin-reset'
  | 'unlock'
  | 'unlock-failed'
  | 'locked-out'
  | 'session-closed'
  | 'setting-changed'
  | 'setting-refused'
  | 'token-changed'
  | 'test-connection'
  | 'sync-now'
  | 'diagnostics-exported'
  | 'diagnostics-refused'
  | 'kiosk-mode-left'
  | 'services-restart'
  | 'doctor';

type Detail = Record<string, string | number | boolean | null>;

const MAX_VALUE_CHARS = 200;
/** The newest entries kept: years of a technician's actions, yet a bounded table whatever sends them. */
export const MAX_AUDIT_ROWS = 10_000;

/**
 * The audit log of technician actions (table audit_log). Details pass through the logger's
 * personal-data filter, and fields that name secrets are blanked: neither the PIN, the token
 * nor anything a citizen typed can end up here.
 */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(actor: AuditActor, action: AuditAction, detail: Detail = {}): void {
    const safe = scrubValue(detail) as Detail;
    for (const [key, value] of Object.entries(safe)) {
      if (typeof value === 'string' && value.length > MAX_VALUE_CHARS) safe[key] = `${value.slice(0, MAX_VALUE_CHARS)}…`;
    }
    const text = Object.keys(safe).length > 0 ? JSON.stringify(safe) : null;
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)')
      .run(Math.floor(this.now().getTime() / 1000), actor, action, text);
    this.db.prepare('DELETE FROM audit_log WHERE id <= (SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET ?)').run(MAX_AUDIT_ROWS);
  }

  /** The newest entries first. */
  recent(limit = 200): AuditEntry[] {
    const rows = this.db.prepare('SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as {
      at: number;
      actor: string;
      action: string;
      detail: string | null;
    }[];
    return rows.map((row) => ({ at: new Date(row.at * 1000).toISOString(), actor: row.actor, action: row.action, detail: row.detail }));
  }
}

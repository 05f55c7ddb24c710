import { randomBytes, timingSafeEqual } from 'node:crypto';

export type SessionEnd = 'locked' | 'idle' | 'replaced' | 'stopped';

export interface TechnicianSessionsOptions {
  /** Wall clock: only to tell the UI when the session ends. */
  now: () => Date;
  /** Monotonic milliseconds (performance.now): what the session's idle and maximum times are measured on. */
  monotonic?: () => number;
  /** Technician mode closes after this long without a technician call. */
  idleMs: number;
  /** And after this long in any case. */
  maxMs?: number;
  onEnd: (reason: SessionEnd) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Times on the monotonic clock, so stepping the wall clock back cannot keep a session open. */
interface Session {
  id: Buffer;
  openedAt: number;
  lastActivity: number;
}

/**
 * The one technician session a kiosk has at a time: a random id handed to the UI after a
 * right PIN, checked on every technician call (constant-time), extended by each call, and
 * closed after inactivity, on "lock", or when a new one opens.
 */
export class TechnicianSessions {
  private session: Session | null = null;
  private timer: unknown = null;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly monotonic: () => number;

  constructor(private readonly options: TechnicianSessionsOptions) {
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref());
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as NodeJS.Timeout));
  }

  private get maxMs(): number {
    return this.options.maxMs ?? 8 * 60 * 60_000;
  }

  open(): { session: string; expiresAt: Date } {
    if (this.session) this.end('replaced');
    const now = this.monotonic();
    const id = randomBytes(32);
    this.session = { id, openedAt: now, lastActivity: now };
    this.schedule();
    return { session: id.toString('base64url'), expiresAt: this.expiresAt()! };
  }

  /** Whether `id` is the live session; a live one is extended. */
  touch(id: string): boolean {
    if (!this.isLive(id)) return false;
    this.session!.lastActivity = this.monotonic();
    this.schedule();
    return true;
  }

  /** Whether `id` is the live session, without extending it. */
  isLive(id: string): boolean {
    const session = this.session;
    if (!session) return false;
    const given = Buffer.from(id, 'base64url');
    if (given.length !== session.id.length || !timingSafeEqual(given, session.id)) return false;
    if (this.expired(session)) {
      this.end('idle');
      return false;
    }
    return true;
  }

  get isOpen(): boolean {
    return this.session !== null && !this.expired(this.session);
  }

  /** When the session ends, on the wall clock (for the UI). */
  expiresAt(): Date | null {
    const left = this.msLeft();
    return left === null ? null : new Date(this.options.now().getTime() + left);
  }

  private msLeft(): number | null {
    const s = this.session;
    return s ? Math.max(0, Math.min(s.lastActivity + this.options.idleMs, s.openedAt + this.maxMs) - this.monotonic()) : null;
  }

  close(id: string): boolean {
    if (!this.isLive(id)) return false;
    this.end('locked');
    return true;
  }

  /** The host stops: an open session ends and says so ('stopped'), so whatever it lifted comes back. */
  stop(): void {
    if (this.session) this.end('stopped');
    else this.closeAll();
  }

  /** Forgets whatever session is open, without signalling its end. */
  closeAll(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.session = null;
  }

  private expired(session: Session): boolean {
    const now = this.monotonic();
    return now >= session.lastActivity + this.options.idleMs || now >= session.openedAt + this.maxMs;
  }

  private end(reason: SessionEnd): void {
    this.closeAll();
    this.options.onEnd(reason);
  }

  /** Closes the session when it runs out, even if nobody calls again. */
  private schedule(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    const left = this.msLeft();
    if (left === null) return;
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (this.session && this.expired(this.session)) this.end('idle');
      else this.schedule();
    }, left + 50);
  }
}

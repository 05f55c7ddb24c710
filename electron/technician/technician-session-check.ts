import { SessionRefused } from './session-refused.ts';

type SessionCheck = (session: string, extend: boolean) => boolean;

/**
 * Lets other features' handlers demand an open technician session (the scanner monitor and
 * restart). The technician handlers, which own the sessions, connect it when the host starts.
 */
export class TechnicianSessionCheck {
  private check: SessionCheck | null = null;

  connect(check: SessionCheck): void {
    this.check = check;
  }

  /**
   * Throws SessionRefused (answered as `unauthorized`) unless `session` is open. An action
   * extends the session; a page that only polls (`extend: false`) does not keep it open.
   */
  require(session: string, options: { extend: boolean }): void {
    if (!this.check?.(session, options.extend)) throw new SessionRefused();
  }
}

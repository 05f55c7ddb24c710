/**
 * A touch screen's double tap lands its second tap on whatever the first one put there: the
 * next screen, or the same control again. One rule for every control, so no button has to
 * remember it: a tap on a control that starts within `quietMs` of a screen change a tap caused is ignored,
 * and so is a tap on the control that acted less than `quietMs` ago, unless that control
 * repeats taps (the keys of a keypad, a stepper: two quick taps mean two characters, two steps).
 * Taps on no control (the page, the hidden technician corner) act on nothing and pass.
 */
export const TAP_QUIET_MS = 400;

export interface Tapped {
  control: object;
  /** Marked `data-repeat-taps`: two quick taps on it are two taps. */
  repeats: boolean;
}

/** Pure: the caller feeds it the clock (`performance.now()`) and what was tapped. */
export class TapGuard {
  private screenChangedAt = -Infinity;
  private lastActed: { control: object; at: number } | null = null;

  constructor(private readonly quietMs = TAP_QUIET_MS) {}

  /**
   * Only a change a tap just caused starts the quiet moment: a double tap's second tap follows
   * its first. A screen that changed by itself (a scan's answer, the idle reset) takes a tap at once.
   */
  screenChanged(at: number): void {
    const causedByTap = this.lastActed !== null && at - this.lastActed.at < this.quietMs;
    this.screenChangedAt = causedByTap ? at : -Infinity;
    this.lastActed = null;
  }

  /** Whether a tap starting now on `tapped` (null: on no control) is ignored. */
  ignoresTap(tapped: Tapped | null, at: number): boolean {
    if (tapped === null) return false;
    if (at - this.screenChangedAt < this.quietMs) return true;
    const last = this.lastActed;
    return !tapped.repeats && last !== null && last.control === tapped.control && at - last.at < this.quietMs;
  }

  /** A tap on `control` went through: it is now the control that just acted. */
  acted(control: object, at: number): void {
    this.lastActed = { control, at };
  }
}

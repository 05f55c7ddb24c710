/**
 * A touch screen's double tap lands its second tap on whatever the first one put there: the
 * next screen, or the same control again. One rule for every control, so no button has to
 * remember it: a tap that starts within `quietMs` of a screen change is ignored, and so is a
 * tap on the control that acted less than `quietMs` ago (unless it is marked
 * `data-repeat-taps`, like the keys of a keypad, where two quick taps mean two characters).
 */
export const TAP_QUIET_MS = 400;

/** Pure: the caller feeds it the clock (`performance.now()`) and what was tapped. */
export class TapGuard {
  private screenChangedAt = -Infinity;
  private lastActed: { control: object; at: number } | null = null;

  constructor(private readonly quietMs = TAP_QUIET_MS) {}

  screenChanged(at: number): void {
    this.screenChangedAt = at;
    this.lastActed = null;
  }

  /** Whether a tap starting now on `control` (the button or link under the finger, if any) is ignored. */
  ignoresTap(control: object | null, at: number): boolean {
    if (at - this.screenChangedAt < this.quietMs) return true;
    const last = this.lastActed;
    return control !== null && last !== null && last.control === control && at - last.at < this.quietMs;
  }

  /** A tap on `control` went through: another one on it right after is the finger's bounce. */
  acted(control: object, at: number): void {
    this.lastActed = { control, at };
  }
}

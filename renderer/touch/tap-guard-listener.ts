import { TapGuard } from './tap-guard.ts';

/** What a tap acts on: the nearest button, link or other control under the finger. */
const CONTROL = 'button, a[href], input, select, textarea, label, summary, [role="button"], [role="tab"], [role="link"], [role="radio"], [role="checkbox"], [role="switch"]';

function controlOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(CONTROL) : null;
}

function sameControl(started: Element | null, clicked: Element): boolean {
  if (started === clicked) return true;
  return started instanceof HTMLLabelElement && started.control === clicked;
}

const repeatsTaps = (control: Element | null) => control?.closest('[data-repeat-taps]') != null;

const swallow = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

/**
 * Applies the TapGuard to the whole window, ahead of the page (capture phase on the window,
 * before React's root sees anything). A finger's tap is judged when it starts (pointerdown);
 * a mouse's press only when it is the second click of a double click (a touch screen that
 * presents itself as a mouse reports a double tap so), since a single click has no finger to
 * bounce. An ignored tap loses all of its events, up to and including its click. A finger's tap
 * whose click lands on another control than the one it started on (the screen moved under it)
 * acts on nothing. Clicks that no pointer started (Enter or Space on a focused button) are a
 * keyboard's and always go through.
 */
export function installTapGuard(win: Window, guard = new TapGuard()): { guard: TapGuard; dispose: () => void } {
  /** The tap being ignored: its pointer (null for a mouse's double click, told by its mouse events). */
  let ignoring: { pointerId: number | null } | null = null;
  let pressedByMouse = false;
  /** The control a finger's tap started on (null: none), until its click. */
  let startedOn: { control: Element | null } | null = null;

  const judge = (event: Event): boolean => {
    const control = controlOf(event.target);
    return guard.ignoresTap(control && { control, repeats: repeatsTaps(control) }, event.timeStamp);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (!event.isPrimary) return;
    ignoring = null;
    pressedByMouse = event.pointerType === 'mouse';
    startedOn = pressedByMouse ? null : { control: controlOf(event.target) };
    if (pressedByMouse || !judge(event)) return;
    ignoring = { pointerId: event.pointerId };
    startedOn = null;
    swallow(event);
  };

  const onMouseDown = (event: MouseEvent) => {
    if (ignoring) return swallow(event);
    if (!pressedByMouse || event.detail < 2 || !judge(event)) return;
    ignoring = { pointerId: null };
    swallow(event);
  };

  // The rest of an ignored tap: its moves, its release, the mouse events Chromium makes of it.
  const onGestureEvent = (event: Event) => {
    if (!ignoring) return;
    if (event instanceof PointerEvent && event.pointerId !== ignoring.pointerId) return;
    swallow(event);
  };

  const onClick = (event: MouseEvent) => {
    if (ignoring) {
      ignoring = null;
      swallow(event);
      return;
    }
    const control = controlOf(event.target);
    const started = startedOn;
    startedOn = null;
    // What was under the finger moved while it was down (a strip going, an answer updating in
    // place): the tap acts on the control it started on, or on nothing. Label and field are one.
    if (started && event.detail > 0 && control && !sameControl(started.control, control)) {
      swallow(event);
      return;
    }
    // Any control that acts becomes "the control that just acted", a key of a keypad too
    // (which is never ignored for it, but ends the quiet moment of the button tapped before).
    if (control && event.detail > 0) guard.acted(control, event.timeStamp);
  };

  const gestureTypes = ['pointermove', 'pointerup', 'pointercancel', 'mouseup', 'touchend', 'dblclick', 'contextmenu'] as const;
  const options = { capture: true, passive: false } as const;
  win.addEventListener('pointerdown', onPointerDown, options);
  win.addEventListener('mousedown', onMouseDown, options);
  for (const type of gestureTypes) win.addEventListener(type, onGestureEvent, options);
  win.addEventListener('click', onClick, options);
  return {
    guard,
    dispose: () => {
      win.removeEventListener('pointerdown', onPointerDown, options);
      win.removeEventListener('mousedown', onMouseDown, options);
      for (const type of gestureTypes) win.removeEventListener(type, onGestureEvent, options);
      win.removeEventListener('click', onClick, options);
    },
  };
}

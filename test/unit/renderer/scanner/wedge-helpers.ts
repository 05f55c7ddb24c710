import { afterEach, beforeEach, vi } from 'vitest';
import { usKeyForChar } from '../../../../renderer/scanner/us-key-map.ts';
import type { WedgeKeyEvent } from '../../../../renderer/scanner/wedge-detector.ts';

/** A KeyboardEvent-like object, with the `key` a layout or IME would have put there. */
export type FakeKeyEvent = WedgeKeyEvent & { key: string };

export function keyEvent(code: string, timeStamp: number, extra: Partial<FakeKeyEvent> = {}): FakeKeyEvent {
  return {
    code,
    key: extra.key ?? code,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    repeat: false,
    timeStamp,
    ...extra,
  };
}

export interface TypingPlan {
  start?: number;
  /** Milliseconds between two characters (a number, or one per gap). */
  gap?: number | ((index: number) => number);
  suffix?: 'Enter' | 'Tab' | 'NumpadEnter' | null;
  /** Gap before the suffix key. */
  suffixGap?: number;
  /** What `event.key` says (an IME or a non-US layout): defaults to the US character. */
  keyOf?: (char: string, index: number) => string;
}

/**
 * The keydown events a US-configured keyboard-wedge scanner (or a person, with long gaps)
 * produces for `text`, Shift pressed around shifted characters as a scanner does.
 */
export function typeText(text: string, plan: TypingPlan = {}): FakeKeyEvent[] {
  const events: FakeKeyEvent[] = [];
  let t = plan.start ?? 1000;
  const gapAt = (i: number) => (typeof plan.gap === 'function' ? plan.gap(i) : (plan.gap ?? 4));
  [...text].forEach((char, i) => {
    if (i > 0) t += gapAt(i);
    const key = usKeyForChar(char);
    if (!key) throw new Error(`no US key for ${JSON.stringify(char)}`);
    const shown = plan.keyOf ? plan.keyOf(char, i) : char;
    if (key.shiftKey) events.push(keyEvent('ShiftLeft', t, { key: 'Shift', shiftKey: true }));
    events.push(keyEvent(key.code, t, { key: shown, shiftKey: key.shiftKey }));
  });
  if (plan.suffix) {
    t += plan.suffixGap ?? gapAt(text.length);
    events.push(keyEvent(plan.suffix, t, { key: plan.suffix === 'Tab' ? 'Tab' : 'Enter' }));
  }
  return events;
}

type Listener = (event: KeyboardEvent) => void;

/** Just enough of a window for the wedge listener: key listeners, timers (vitest's, fake or not), no focused field. */
export function fakeKeyWindow() {
  const listeners = new Map<string, Listener[]>();
  const win = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    removeEventListener: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? []).filter((l) => l !== listener)),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    document: { activeElement: null },
  };
  const press = (event: FakeKeyEvent) => {
    const dom = { ...event, type: 'keydown', defaultPrevented: false } as unknown as KeyboardEvent & { defaultPrevented: boolean };
    Object.assign(dom, {
      preventDefault: () => Object.assign(dom, { defaultPrevented: true }),
      stopImmediatePropagation: () => undefined,
    });
    for (const listener of listeners.get('keydown') ?? []) listener(dom);
    return dom;
  };
  return { win: win as unknown as Window, press, listeners };
}

/** For the tests of a describe block that use `fakeKeyWindow`: vitest's fake timers, and the field classes the listener checks for. */
export function onFakeKeyWindowTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('HTMLInputElement', class {});
    vi.stubGlobal('HTMLTextAreaElement', class {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

import { describe, expect, it, vi } from 'vitest';
import { startTechnicianTimeout } from '../../../../renderer/technician/technician-timeout.ts';
import { installWedgeListener, SILENCE_MS } from '../../../../renderer/scanner/wedge-listener.ts';
import { createPersonTypedSignal } from '../../../../renderer/hooks/person-typed-signal.ts';
import { fakeKeyWindow, keyEvent, onFakeKeyWindowTimers, typeText } from '../scanner/wedge-helpers.ts';

const CODE = '000.00.12.H53-261120-0009';
const TIMEOUT_MS = 60_000;

/** Technician mode opened in the app, whose one wedge listener (App.tsx) says when a person typed. */
function technicianMode() {
  const window = fakeKeyWindow();
  const typed = createPersonTypedSignal();
  installWedgeListener(window.win, () => undefined, {}, typed.notify);
  const keyListeners = () => ['keydown', 'keypress', 'keyup'].map((type) => `${type} ${window.listeners.get(type)?.length ?? 0}`);
  const appKeyListeners = keyListeners();
  let closed = 0;
  const stop = startTechnicianTimeout(window.win, TIMEOUT_MS, () => closed++, typed);
  return { ...window, stop, closed: () => closed, appKeyListeners, keyListeners };
}

describe('technician mode’s timeout', () => {
  onFakeKeyWindowTimers();

  it('closes with a receipt left under a presentation-mode scanner, its re-reads cut by stalls or not', () => {
    const tech = technicianMode();
    for (let read = 0; read * 300 < TIMEOUT_MS + 1_000; read++) {
      const burst = typeText(CODE, { start: 1_000 + read * 300, gap: 3, suffix: 'Enter' });
      const cut = read % 2 === 0 ? burst.length : read % 7;
      burst.slice(0, cut).forEach(tech.press);
      vi.advanceTimersByTime(read % 2 === 0 ? 0 : SILENCE_MS + 100);
      burst.slice(cut).forEach(tech.press);
      vi.advanceTimersByTime(300);
    }
    expect(tech.closed()).toBe(1);
  });

  it('stays open while a person types or touches', () => {
    const tech = technicianMode();
    vi.advanceTimersByTime(TIMEOUT_MS - 1_000);
    // Two keys at a person's pace: the second tells the first was a person's.
    tech.press(keyEvent('Digit1', 100_000));
    vi.advanceTimersByTime(400);
    tech.press(keyEvent('Digit2', 100_400));
    vi.advanceTimersByTime(TIMEOUT_MS - 1_000);
    expect(tech.closed()).toBe(0);
    for (const listener of tech.listeners.get('pointerdown') ?? []) listener(new Event('pointerdown') as KeyboardEvent);
    vi.advanceTimersByTime(TIMEOUT_MS - 1_000);
    expect(tech.closed()).toBe(0);
    vi.advanceTimersByTime(1_000);
    expect(tech.closed()).toBe(1);
  });

  it('judges no key itself: the app’s one wedge listener is the only one on the window', () => {
    const tech = technicianMode();
    expect(tech.appKeyListeners).toEqual(['keydown 1', 'keypress 1', 'keyup 1']);
    expect(tech.keyListeners()).toEqual(tech.appKeyListeners);
  });

  it('stops listening and never fires once stopped', () => {
    const tech = technicianMode();
    tech.stop();
    expect(tech.keyListeners()).toEqual(tech.appKeyListeners);
    expect(tech.listeners.get('pointerdown')).toEqual([]);
    vi.advanceTimersByTime(2 * TIMEOUT_MS);
    expect(tech.closed()).toBe(0);
  });
});

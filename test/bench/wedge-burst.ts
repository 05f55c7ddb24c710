import type { CDPSession } from 'playwright-core';
import { usKeyForChar } from '../../renderer/scanner/us-key-map.ts';

/** A scanner's pace: milliseconds between two characters of a burst. */
const CHAR_GAP_MS = 1;

/**
 * A keyboard-wedge scan: trusted key events for the physical US keys, queued back to back, then
 * Enter. Each event carries the time the scanner sent it, as the OS stamps a real key, ending
 * (the Enter) at the moment of dispatch: a busy browser that handles the queued keys late does
 * not stretch the burst to a person's pace, and the delay counts from the scan, as a citizen
 * waits it.
 */
export async function wedgeBurst(cdp: CDPSession, code: string): Promise<void> {
  const events: Record<string, unknown>[] = [];
  const endAt = Date.now();
  let at = endAt - code.length * CHAR_GAP_MS;
  for (const char of code) {
    const key = usKeyForChar(char)!;
    const modifiers = key.shiftKey ? 8 : 0;
    const timestamp = at / 1000;
    if (key.shiftKey) events.push({ type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers, timestamp });
    events.push({ type: 'keyDown', code: key.code, key: char, text: char, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0), modifiers, timestamp });
    events.push({ type: 'keyUp', code: key.code, key: char, modifiers, timestamp });
    if (key.shiftKey) events.push({ type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, timestamp });
    at += CHAR_GAP_MS;
  }
  const timestamp = endAt / 1000;
  events.push({ type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', timestamp });
  events.push({ type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp });
  await Promise.all(events.map((e) => cdp.send('Input.dispatchKeyEvent', e as never)));
}

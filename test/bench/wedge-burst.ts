import type { CDPSession } from 'playwright-core';
import { DEFAULT_WEDGE_OPTIONS } from '../../renderer/scanner/wedge-detector.ts';
import { usKeyForChar } from '../../renderer/scanner/us-key-map.ts';

/** A scanner's pace: milliseconds between two characters of a burst. */
const CHAR_GAP_MS = 1;
/**
 * The Enter's stamp is never later than this after the burst's characters, so that a browser slow
 * to take the characters still sees it as their suffix (the detector's terminatorGapMs, with room).
 */
const ENTER_STAMP_CAP_MS = DEFAULT_WEDGE_OPTIONS.terminatorGapMs - 50;

/** When the burst was sent, on the Date.now() clock its key events were stamped with. */
export interface SentBurst {
  /** Where the characters' stamps end: the burst as if typed at CHAR_GAP_MS a key, ending now. */
  charsEndAt: number;
  /** The Enter's stamp: when it was sent, once the browser had taken the characters (at most ENTER_STAMP_CAP_MS after charsEndAt). */
  enterAt: number;
}

/**
 * A keyboard-wedge scan: trusted key events for the physical US keys, the characters queued back
 * to back, then Enter. Each event carries the time the scanner sent it, as the OS stamps a real
 * key: the characters as typed at a scanner's pace ending at the moment of dispatch (a busy
 * browser that handles the queued keys late does not stretch the burst to a person's pace), and
 * the Enter once the browser has taken them, stamped when it is sent. A real scanner's Enter
 * reaches the page after its characters, at the end of its own typing; sending it with the
 * characters, stamped at their start, charged the page with the time CDP takes to deliver the
 * whole burst (about 20 ms idle, 46 ms during a resync: the page's own handling of the keys was
 * about 1 ms of it), which no citizen waits for after the scanner's last key.
 */
export async function wedgeBurst(cdp: CDPSession, code: string): Promise<SentBurst> {
  const events: Record<string, unknown>[] = [];
  const charsEndAt = Date.now();
  let at = charsEndAt - code.length * CHAR_GAP_MS;
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
  // Each dispatch resolves once the page has handled its event.
  await Promise.all(events.map((e) => cdp.send('Input.dispatchKeyEvent', e as never)));
  const enterAt = Math.min(Date.now(), charsEndAt + ENTER_STAMP_CAP_MS);
  const timestamp = enterAt / 1000;
  await Promise.all([
    cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r', timestamp }),
    cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, timestamp }),
  ]);
  return { charsEndAt, enterAt };
}

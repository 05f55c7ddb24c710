import type { CDPSession } from 'playwright-core';
import { usKeyForChar } from '../../renderer/scanner/us-key-map.ts';

/** A keyboard-wedge scan: trusted key events for the physical US keys, queued back to back, then Enter. */
export async function wedgeBurst(cdp: CDPSession, code: string): Promise<void> {
  const events: Record<string, unknown>[] = [];
  for (const char of code) {
    const key = usKeyForChar(char)!;
    const modifiers = key.shiftKey ? 8 : 0;
    if (key.shiftKey) events.push({ type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, modifiers });
    events.push({ type: 'keyDown', code: key.code, key: char, text: char, windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0), modifiers });
    events.push({ type: 'keyUp', code: key.code, key: char, modifiers });
    if (key.shiftKey) events.push({ type: 'keyUp', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 });
  }
  events.push({ type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
  events.push({ type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await Promise.all(events.map((e) => cdp.send('Input.dispatchKeyEvent', e as never)));
}

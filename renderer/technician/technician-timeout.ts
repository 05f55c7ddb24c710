import { personTyped } from '../hooks/person-typed-signal.ts';
import type { PersonTypedSignal } from '../hooks/person-typed-signal.ts';

/**
 * Calls `onIdle` after `ms` without a touch or a person's key, whatever a keyboard-wedge scanner
 * types meanwhile: a receipt left under a presentation-mode scanner must not keep technician mode
 * open for the next citizen. Keys are judged by the app's one wedge listener, heard through
 * `typed`. Returns the function that stops it.
 */
export function startTechnicianTimeout(win: Window, ms: number, onIdle: () => void, typed: PersonTypedSignal = personTyped): () => void {
  let timer = win.setTimeout(onIdle, ms);
  const restart = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(onIdle, ms);
  };
  win.addEventListener('pointerdown', restart, { capture: true, passive: true });
  const stopKeys = typed.subscribe(restart);
  return () => {
    win.clearTimeout(timer);
    win.removeEventListener('pointerdown', restart, { capture: true });
    stopKeys();
  };
}

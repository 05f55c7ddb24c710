import { installWedgeListener } from '../scanner/wedge-listener.ts';

/**
 * Calls `onIdle` after `ms` without a touch or a person's key, whatever a keyboard-wedge scanner
 * types meanwhile: a receipt left under a presentation-mode scanner must not keep technician mode
 * open for the next citizen. Returns the function that stops it.
 */
export function startTechnicianTimeout(win: Window, ms: number, onIdle: () => void): () => void {
  let timer = win.setTimeout(onIdle, ms);
  const restart = () => {
    win.clearTimeout(timer);
    timer = win.setTimeout(onIdle, ms);
  };
  win.addEventListener('pointerdown', restart, { capture: true, passive: true });
  const stopKeys = installWedgeListener(win, () => undefined, {}, restart);
  return () => {
    win.clearTimeout(timer);
    win.removeEventListener('pointerdown', restart, { capture: true });
    stopKeys();
  };
}

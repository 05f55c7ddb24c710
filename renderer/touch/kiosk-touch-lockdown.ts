const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0']);

const cancel = (event: Event) => event.preventDefault();

/**
 * What a browser offers a touch screen that a kiosk must not: zoom (pinch, ctrl + wheel, zoom
 * keys, Safari's gesture events), the long-press menu, and dragging images (the procedure QR)
 * off the page. The CSS half (touch-action, user-select, user-drag) is touch-lockdown.css;
 * Electron also pins the zoom (electron/app/window.ts). Returns a function that removes it all.
 */
export function installTouchLockdown(win: Window): () => void {
  const onWheel = (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault();
  };
  const listeners: [string, (event: never) => void][] = [
    ['wheel', onWheel],
    ['keydown', onKeyDown],
    ['touchmove', onTouchMove],
    ['contextmenu', cancel],
    ['dragstart', cancel],
    ['gesturestart', cancel],
    ['gesturechange', cancel],
  ];
  const options = { capture: true, passive: false } as const;
  for (const [type, listener] of listeners) win.addEventListener(type, listener as EventListener, options);
  return () => {
    for (const [type, listener] of listeners) win.removeEventListener(type, listener as EventListener, options);
  };
}

/**
 * Timing of each lookup on the `performance.now()` clock, for the scan-latency benchmark and
 * for a technician's console: from the scanner's last key to the answer on screen.
 * Holds no scanned text (a dossier code is personal enough to keep out of memory dumps).
 */
export interface LookupTiming {
  lookupId: number;
  source: string;
  /** When the scan was taken: the key event that completed a wedge scan, or the camera frame that was read; null for other sources. */
  keyAt: number | null;
  requestedAt: number;
  answeredAt: number | null;
  /** When the result or error screen was mounted in the DOM. */
  renderedAt: number | null;
  /**
   * When the frame that shows it had been painted: the first task after the next animation
   * frame (what the citizen sees; mounting is not yet on screen when the page is busy).
   */
  paintedAt: number | null;
}

export interface KioskMetrics {
  lookups: LookupTiming[];
}

declare global {
  interface Window {
    __kioskMetrics?: KioskMetrics;
  }
}

const KEEP = 200;

function metrics(): KioskMetrics {
  window.__kioskMetrics ??= { lookups: [] };
  return window.__kioskMetrics;
}

function find(lookupId: number): LookupTiming | undefined {
  return metrics().lookups.find((l) => l.lookupId === lookupId);
}

export function recordLookupRequested(lookupId: number, source: string, keyAt: number | null): void {
  const list = metrics().lookups;
  list.push({ lookupId, source, keyAt, requestedAt: performance.now(), answeredAt: null, renderedAt: null, paintedAt: null });
  if (list.length > KEEP) list.splice(0, list.length - KEEP);
}

export function recordLookupAnswered(lookupId: number): void {
  const entry = find(lookupId);
  if (entry) entry.answeredAt = performance.now();
}

export function recordLookupRendered(lookupId: number): void {
  const entry = find(lookupId);
  if (entry && entry.renderedAt === null) {
    entry.renderedAt = performance.now();
    performance.mark('kiosk:lookup-rendered', { detail: { lookupId } });
    afterNextPaint(() => {
      entry.paintedAt = performance.now();
    });
  }
}

/** Runs `then` once the next frame has been painted: a message posted from its animation frame callback is handled after that frame. */
function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      then();
    };
    channel.port2.postMessage(null);
  });
}

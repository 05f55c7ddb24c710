import { useEffect, useRef } from 'react';
import type { PointerEvent } from 'react';
import type { KioskInfo } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';

/** Taps on the hidden corner that open technician mode, and the time they must fit in. */
export const GESTURE_TAPS = 5;
export const GESTURE_WINDOW_MS = 4_000;

interface TechnicianGateProps {
  client: KioskClient;
  /** The kiosk is up (the host answers). */
  enabled: boolean;
  onOpen: () => void;
  /** Fresh kiosk info after settings changed (technician, shell or district). */
  onInfo: (info: KioskInfo) => void;
}

/**
 * The hidden way into technician mode: five taps within four seconds on the top-left corner
 * (over the emblem). Nothing shows, nothing is announced; a citizen's stray taps do not add
 * up. Also re-reads the kiosk info when the host says settings changed, so they apply at once.
 */
export function TechnicianGate({ client, enabled, onOpen, onInfo }: TechnicianGateProps) {
  const taps = useRef<number[]>([]);
  const handlers = useRef({ onOpen, onInfo });
  handlers.current = { onOpen, onInfo };

  useEffect(
    () =>
      client.on('settingsChanged', () => {
        client.getKioskInfo({}).then(
          (info) => handlers.current.onInfo(info),
          () => undefined,
        );
      }),
    [client],
  );

  const tap = (event: PointerEvent) => {
    if (!enabled || !event.isPrimary) return;
    const now = performance.now();
    taps.current = [...taps.current.filter((at) => GESTURE_WINDOW_MS > now - at), now];
    if (taps.current.length >= GESTURE_TAPS) {
      taps.current = [];
      handlers.current.onOpen();
    }
  };

  return <div className="tech-corner" data-testid="technician-corner" aria-hidden="true" onPointerDown={tap} />;
}

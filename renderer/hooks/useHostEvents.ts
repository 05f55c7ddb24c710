import { useEffect, useRef } from 'react';
import type { DossierFreshness } from '../../shared/contract/answer-freshness.ts';
import type { ScanEvent, SyncStatus } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';

interface HostEventHandlers {
  onScan: (scan: ScanEvent) => void;
  onSyncStatus: (status: SyncStatus) => void;
  /** A scan's background check with the district server ended. */
  onDossierFreshness?: (outcome: DossierFreshness) => void;
}

/** Pushes from the host: HID/serial scans, sync status, and the server's answer to a scan's check. */
export function useHostEvents(client: KioskClient, handlers: HostEventHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const offScan = client.on('scan', (scan) => current.current.onScan(scan));
    const offSync = client.on('syncStatus', (status) => current.current.onSyncStatus(status));
    const offFreshness = client.on('dossierFreshness', (outcome) => current.current.onDossierFreshness?.(outcome));
    return () => {
      offScan();
      offSync();
      offFreshness();
    };
  }, [client]);
}

import { useEffect, useRef } from 'react';
import type { ScanEvent, SyncStatus } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';

interface HostEventHandlers {
  onScan: (scan: ScanEvent) => void;
  onSyncStatus: (status: SyncStatus) => void;
}

/** Pushes from the host: HID/serial scans and sync status. */
export function useHostEvents(client: KioskClient, handlers: HostEventHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const offScan = client.on('scan', (scan) => current.current.onScan(scan));
    const offSync = client.on('syncStatus', (status) => current.current.onSyncStatus(status));
    return () => {
      offScan();
      offSync();
    };
  }, [client]);
}

import { cameraChoice } from '../../../shared/contract/camera.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

export function kioskInfoHandlers({ settings, syncState, options, version }: HostServices): HandlersFor<'getKioskInfo'> {
  return {
    getKioskInfo: () => {
      const s = settings.getAll();
      const sync = syncState.status();
      return {
        version,
        demo: sync.state === 'demo',
        siteName: s.siteName,
        defaultLanguage: s.defaultLanguage,
        idleTimeoutSec: options.idleTimeoutSec ?? s.idleTimeoutSec,
        sync,
        accessibility: { largeText: s.largeText, highContrast: s.highContrast },
        scannerPosition: s.scannerPosition,
        site: {
          openingHours: s.openingHours,
          receptionCounter: s.receptionCounter,
          paymentCounter: s.paymentCounter,
          resultsCounter: s.resultsCounter,
          hotline: s.hotline,
          complaintText: s.complaintText,
          complaintUrl: s.complaintUrl,
          publicLookupUrl: s.publicLookupUrl,
        },
        receiptPrinter: s.receiptPrinter !== null,
        camera: s.scannerSource === 'camera' ? cameraChoice(s.scannerCameraDeviceId, s.scannerCameraResolution) : null,
      };
    },
  };
}

import { createDossierLookup, createGuardedLookup } from '../../dossiers/lookup-dossier.ts';
import { toDossierView } from '../../dossiers/dossier-view.ts';
import { LookupThrottle } from '../../dossiers/lookup-throttle.ts';
import { ScanFreshness } from '../../dossiers/scan-freshness.ts';
import { TokenBucket } from '../../dossiers/token-bucket.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

/** Live requests on the district server per kiosk (freshness checks at the scan): a burst of this many, then one every 6 s. */
const LIVE_LOOKUP_BURST = 10;
const LIVE_LOOKUP_REFILL_MS = 6_000;

export function dossierHandlers({ dossiers, settings, syncState, sync, now, options, emit, onClose }: HostServices): HandlersFor<'lookupDossier'> {
  const monotonic = options.monotonic ?? (() => performance.now());
  // Through the fresh records: a newer record a scan fetched shows even before it could be stored.
  const find = (code: string) => sync.freshRecords.find(code);
  const lookup = createDossierLookup({
    store: { findByCode: find, agencies: dossiers.agencies },
    now,
    dataAsOf: () => syncState.dataAsOf(),
    siteAgencyCodes: () => {
      const configured = settings.get('siteAgencyCodes');
      return configured.length > 0 ? configured : dossiers.agencies.servedCodes();
    },
    codeOptions: () => {
      const s = settings.getAll();
      return { extraPattern: s.receiptExtraPattern, prefix: s.scannerPrefix, suffix: s.scannerSuffix };
    },
  });
  const freshness = new ScanFreshness({
    configured: () => sync.configured,
    serverDown: () => syncState.status().state === 'error',
    refresh: (code) => sync.refreshDossier(code),
    liveLookups: new TokenBucket(LIVE_LOOKUP_BURST, LIVE_LOOKUP_REFILL_MS, monotonic),
    current: (code) => {
      const row = find(code);
      return { dossier: row ? toDossierView(row, now()) : null, dataAsOf: syncState.dataAsOf() };
    },
    publish: (payload) => emit({ type: 'dossierFreshness', payload }),
    now,
    monotonic,
  });
  onClose(() => freshness.stop());
  const guarded = createGuardedLookup({
    lookup,
    checkFreshness: (code) => freshness.begin(code),
    throttle:
      options.lookupThrottle === false
        ? null
        : new LookupThrottle({ monotonic, idleMs: () => (options.idleTimeoutSec ?? settings.get('idleTimeoutSec')) * 1000 }),
  });
  return {
    lookupDossier: ({ raw, source }) => guarded(raw, source),
  };
}

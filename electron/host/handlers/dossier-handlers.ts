import { createDossierLookup, createGuardedLookup } from '../../dossiers/lookup-dossier.ts';
import { LookupThrottle } from '../../dossiers/lookup-throttle.ts';
import { TokenBucket } from '../../dossiers/token-bucket.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

/** Live lookups on the district server per kiosk: a burst of this many, then one every 6 s. */
const LIVE_LOOKUP_BURST = 10;
const LIVE_LOOKUP_REFILL_MS = 6_000;

export function dossierHandlers({ dossiers, settings, syncState, sync, now, options }: HostServices): HandlersFor<'lookupDossier'> {
  const monotonic = options.monotonic ?? (() => performance.now());
  const lookup = createDossierLookup({
    store: dossiers,
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
  const guarded = createGuardedLookup({
    lookup,
    liveLookup: (code) => sync.liveLookup(code),
    throttle:
      options.lookupThrottle === false
        ? null
        : new LookupThrottle({ monotonic, idleMs: () => (options.idleTimeoutSec ?? settings.get('idleTimeoutSec')) * 1000 }),
    liveLookups: new TokenBucket(LIVE_LOOKUP_BURST, LIVE_LOOKUP_REFILL_MS, monotonic),
  });
  return {
    lookupDossier: ({ raw, source }) => guarded(raw, source),
  };
}

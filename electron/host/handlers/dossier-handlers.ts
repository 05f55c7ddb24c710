import { createDossierLookup } from '../../dossiers/lookup-dossier.ts';
import type { HostServices } from '../host-services.ts';
import type { HandlersFor } from './handler-types.ts';

export function dossierHandlers({ dossiers, settings, syncState, sync, now }: HostServices): HandlersFor<'lookupDossier'> {
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
  return {
    lookupDossier: async ({ raw }) => {
      const result = lookup(raw);
      if (result.kind === 'not-found' && (await sync.liveLookup(result.code))) return lookup(raw);
      return result;
    },
  };
}

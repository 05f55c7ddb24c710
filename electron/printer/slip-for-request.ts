import type { DossierView } from '../../shared/contract/dossier.ts';
import type { KioskInfo } from '../../shared/contract/kiosk-api.ts';
import { lookupUrlFor } from '../../shared/contract/lookup-url.ts';
import type { ProcedureRecord } from '../../shared/contract/procedure.ts';
import { dossierSlip } from './dossier-slip.ts';
import { procedureSlip } from './procedure-slip.ts';
import type { PaperDots, SlipBlock } from './slip-layout.ts';
import type { SlipSite } from './slip-site.ts';
import { testSlip } from './test-slip.ts';

export type SlipRequest = { kind: 'test' } | { kind: 'procedure'; code: string } | { kind: 'dossier'; code: string };

/** Where a slip's facts come from (the host's calls, in the app and in the CLI alike). */
export interface SlipSources {
  info(): Promise<KioskInfo>;
  procedure(code: string): Promise<ProcedureRecord | null>;
  dossier(code: string): Promise<DossierView | null>;
}

/** The slip a request asks for; null when its procedure or dossier is not in the kiosk's data. */
export async function slipForRequest(request: SlipRequest, sources: SlipSources, width: PaperDots, now: Date): Promise<SlipBlock[] | null> {
  const info = await sources.info();
  const site: SlipSite = { siteName: info.siteName, openingHours: info.site?.openingHours ?? null, hotline: info.site?.hotline ?? null };
  if (request.kind === 'test') return testSlip(site.siteName, width, now);
  if (request.kind === 'procedure') {
    const procedure = await sources.procedure(request.code);
    return procedure && procedureSlip(procedure, site, now);
  }
  const dossier = await sources.dossier(request.code);
  const template = info.site?.publicLookupUrl ?? null;
  return dossier && dossierSlip(dossier, site, template ? lookupUrlFor(template, dossier.code) : null, now);
}

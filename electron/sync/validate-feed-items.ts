import { DossierRecord } from '../../shared/contract/index.ts';
import { fastDossierWrite } from '../dossiers/fast-dossier-check.ts';
import { fromDossierRecord } from '../dossiers/dossier-write.ts';
import type { DossierWrite } from '../dossiers/dossier-write.ts';
import { fromNationalDossier } from './national-adapter.ts';

export type FeedFormat = 'kiosk' | 'national';

export interface QuarantinedItem {
  code: string | null;
  reason: string;
}

/** Splits a page's items into valid records and quarantined ones (with a reason, no content). */
export function validateFeedItems(items: readonly unknown[], format: FeedFormat): { valid: DossierWrite[]; quarantined: QuarantinedItem[] } {
  const valid: DossierWrite[] = [];
  const quarantined: QuarantinedItem[] = [];
  for (const item of items) {
    const write = validateFeedItem(item, format, quarantined);
    if (write) valid.push(write);
  }
  return { valid, quarantined };
}

/** One item's write, or null when it breaks the contract: then it is added to `quarantined` with the reason. */
export function validateFeedItem(item: unknown, format: FeedFormat, quarantined: QuarantinedItem[]): DossierWrite | null {
  let candidate: unknown = item;
  if (format === 'national') {
    const adapted = fromNationalDossier(item);
    if (!adapted.ok) {
      quarantined.push({ code: readCode(item, 'MaHoSo'), reason: adapted.error });
      return null;
    }
    candidate = adapted.record;
  }
  const fast = fastDossierWrite(candidate);
  if (fast) return fast;
  const parsed = DossierRecord.safeParse(candidate);
  if (parsed.success) return fromDossierRecord(parsed.data);
  const issue = parsed.error.issues[0];
  quarantined.push({
    code: readCode(candidate, 'code'),
    reason: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid record',
  });
  return null;
}

function readCode(item: unknown, key: string): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const value = (item as Record<string, unknown>)[key];
  return typeof value === 'string' && value.length <= 64 ? value : null;
}

import type { DossierView, Language } from '../../shared/contract/index.ts';
import { statusName, statusSentence, timingLabel } from '../../shared/i18n/index.ts';
import { resultDeliveryOf } from '../../shared/status/index.ts';

/** What is read: the status, its plain sentence and how it stands against the due date. */
export function statusSpeech(lang: Language, dossier: Pick<DossierView, 'status' | 'timing' | 'nextStep'>): string {
  const parts = [statusName(lang, dossier.status), statusSentence(lang, dossier.status, resultDeliveryOf(dossier.nextStep))];
  if (dossier.timing !== 'not-applicable') parts.push(timingLabel(lang, dossier.timing));
  return parts.map((p) => p.replace(/[.。]\s*$/, '')).join('. ') + '.';
}

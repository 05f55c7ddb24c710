import { describe, expect, it } from 'vitest';
import type { DossierView } from '../../../../shared/contract/dossier.ts';
import { dossierSlip } from '../../../../electron/printer/dossier-slip.ts';
import { DOSSIER, LOOKUP_URL, PRINTED_AT, SITE } from './sample-slips.ts';

const textOf = (dossier: DossierView): string =>
  dossierSlip(dossier, SITE, LOOKUP_URL, PRINTED_AT)
    .flatMap((block) => ('text' in block ? [block.text] : []))
    .join('\n');

describe('the due date on the printed answer', () => {
  it.each([
    [3, 'refused'],
    [7, 'withdrawn'],
    [8, 'stopped'],
  ] as const)('%i (%s): no result will come, so the old date is not printed as if it held', (status, _name) => {
    const text = textOf({ ...DOSSIER, status, timing: 'not-applicable', nextStep: { kind: 'contact-desk' } });
    expect(text).toContain('Ngày hẹn trả: không còn áp dụng');
    expect(text).not.toContain('25/11/2026');
  });

  it('a dossier still in progress keeps its date and whether it is on time', () => {
    const text = textOf({ ...DOSSIER, status: 4, nextStep: { kind: 'wait' } });
    expect(text).toMatch(/Ngày hẹn trả: \d{2}\/\d{2}\/2026 \(Còn trong hạn\)/);
  });
});

import { describe, expect, it } from 'vitest';
import type { DossierView } from '../../../../shared/contract/dossier.ts';
import { dossierSlip } from '../../../../electron/printer/dossier-slip.ts';
import { DOSSIER, LOOKUP_URL, PRINTED_AT, SITE } from './sample-slips.ts';

const textOf = (dossier: DossierView): string =>
  dossierSlip(dossier, SITE, LOOKUP_URL, PRINTED_AT)
    .flatMap((block) => ('text' in block ? [block.text] : []))
    .join('\n');

const finished = { ...DOSSIER, finishedAt: '2026-11-20T01:00:00.000Z', timing: 'early' as const };

describe('the printed answer of a result sent by post', () => {
  it('ready (9) by post: says it comes by post and sends nobody to a counter', () => {
    const text = textOf({ ...finished, status: 9, nextStep: { kind: 'collect', counter: 'Quầy số 3', delivery: 'post' } });
    expect(text).toContain('Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.');
    expect(text).toContain('không cần đến nhận');
    expect(text).not.toMatch(/Nhận kết quả tại|chờ Ông\/Bà đến nhận/);
  });

  it('ready (9) at the counter: which counter, and what to bring', () => {
    const text = textOf({ ...finished, status: 9, nextStep: { kind: 'collect', counter: 'Quầy số 3' } });
    expect(text).toContain('Kết quả đang chờ Ông/Bà đến nhận.');
    expect(text).toContain('Nhận kết quả tại: Quầy số 3');
    expect(text).not.toContain('bưu chính');
  });

  it('returned (10) by post: says it was posted, and where to ask when it has not arrived', () => {
    const returnedAt = '2026-11-20T02:00:00.000Z';
    const text = textOf({ ...finished, status: 10, returnedAt, nextStep: { kind: 'returned', counter: null, delivery: 'post' } });
    expect(text).toContain('Kết quả đã được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.');
    expect(text).toContain('Chưa nhận được kết quả qua bưu điện?');
    expect(text).not.toContain('trả cho chủ hồ sơ');
  });
});

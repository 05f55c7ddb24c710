import { describe, expect, it } from 'vitest';
import type { ParseFailureReason } from '../../../../shared/contract/kiosk-api.ts';
import { parseReceiptCode } from '../../../../shared/receipt-code/index.ts';
import type { ReceiptCodeOptions } from '../../../../shared/receipt-code/index.ts';

const TRA_VINH = { code: '000.00.12.H53-230915-0003', agency: '000.00.12.H53', date: '2023-09-15', seq: '0003' };
const HA_NOI = { code: '000.25.19.H26-240229-12345', agency: '000.25.19.H26', date: '2024-02-29', seq: '12345' };

type Expected = typeof TRA_VINH | ParseFailureReason;
type Row = [description: string, raw: string, expected: Expected, options?: ReceiptCodeOptions];

const readable: Row[] = [
  ['bare code', '000.00.12.H53-230915-0003', TRA_VINH],
  ['five-digit sequence on a leap day', '000.25.19.H26-240229-12345', HA_NOI],
  ['Code 128 with AIM identifier and CR LF', ']C0000.00.12.H53-230915-0003\r\n', TRA_VINH],
  ['QR AIM identifier and a Tab suffix', ']Q1000.00.12.H53-230915-0003\t', TRA_VINH],
  ['EAN-style and lower-case AIM identifiers', ']E0]d2000.00.12.H53-230915-0003', TRA_VINH],
  ['interleaved 2 of 5 identifier, NUL padding', ']I0000.00.12.H53-230915-0003\0\0\0', TRA_VINH],
  ['configured prefix and suffix', 'KIOSK>000.00.12.H53-230915-0003<END\r', TRA_VINH, { prefix: 'KIOSK>', suffix: '<END' }],
  ['configured digit prefix glued to the code', '9000.00.12.H53-230915-0003', TRA_VINH, { prefix: '9' }],
  ['prefix after the AIM identifier', ']C0#000.00.12.H53-230915-0003', TRA_VINH, { prefix: '#' }],
  ['prefix before the AIM identifier', '#]C0000.00.12.H53-230915-0003', TRA_VINH, { prefix: '#' }],
  ['control-character suffix configured', '000.00.12.H53-230915-0003\x04', TRA_VINH, { suffix: '\x04' }],
  ['STX/ETX framing from a serial scanner', '\x02000.00.12.H53-230915-0003\x03', TRA_VINH],
  ['GS and RS separators from a 2-D scanner', '\x1e\x1d000.00.12.H53-230915-0003\x1d\x1e\x04', TRA_VINH],
  ['C1 controls and zero-width characters inside', '000.00\u0085.12.H53-2309\u200b15-00\u008d03\ufeff', TRA_VINH],
  ['UTF-16 read as single bytes (NUL after each character)', [...'000.00.12.H53-230915-0003'].join('\0'), TRA_VINH],
  ['lower case', '000.00.12.h53-230915-0003', TRA_VINH],
  ['full-width', '０００．００．１２．Ｈ５３－２３０９１５－０００３', TRA_VINH],
  ['full-width lower case with ideographic spaces', '\u3000０００．００．１２．ｈ５３－２３０９１５－０００３\u3000', TRA_VINH],
  ['en and em dashes with stray spaces', '000 . 00 . 12 . H53 – 230915 — 0003', TRA_VINH],
  ['hyphen, non-breaking hyphen, minus sign', '000.00.12.H53\u2010230915\u20110003', TRA_VINH],
  ['minus sign and small hyphen', '000.00.12.H53\u2212230915\ufe630003', TRA_VINH],
  ['non-breaking spaces', '\u00a0000.00.12.H53\u00a0-\u00a0230915-0003\u00a0', TRA_VINH],
  ['lookup URL ending in the code', 'https://dichvucong.travinh.gov.vn/tra-cuu/000.00.12.H53-230915-0003', TRA_VINH],
  ['lookup URL with trailing slash and fragment', 'https://dichvucong.travinh.gov.vn/tra-cuu/000.00.12.H53-230915-0003/#ket-qua', TRA_VINH],
  ['lookup URL with a ?maHoSo= parameter', 'https://dvc.travinh.gov.vn/tra-cuu-ho-so?maHoSo=000.00.12.H53-230915-0003', TRA_VINH],
  ['?ma_ho_so= among other parameters', 'http://10.0.0.12:8080/hs?lang=vi&ma_ho_so=000.00.12.H53-230915-0003&t=1', TRA_VINH],
  ['percent-encoded ?code=', 'https://dvc.gov.vn/?code=000%2E00%2E12%2EH53%2D230915%2D0003', TRA_VINH],
  ['doubly percent-encoded ?MaHoSo=', 'https://dvc.gov.vn/x?MaHoSo=000%252E00%252E12%252EH53%252D230915%252D0003', TRA_VINH],
  ['?hoso= with encoded spaces around separators', 'https://a.vn/?hoso=000.00.12.H53%20-%20230915%20-%200003', TRA_VINH],
  ['unparseable URL still yields its code', 'http://[::1:bad/tra-cuu/000.00.12.H53-230915-0003%', TRA_VINH],
  ['full-width URL from a phone', 'ｈｔｔｐｓ：／／ａ．ｖｎ／？ｍａＨｏＳｏ＝０００．００．１２．Ｈ５３－２３０９１５－０００３', TRA_VINH],
  ['code inside a sentence', 'Mã hồ sơ: 000.00.12.H53-230915-0003', TRA_VINH],
  ['multi-line QR text with a date on the next line', 'Mã hồ sơ: 000.00.12.H53-230915-0003\n20230920\nNgày hẹn trả: 20/09/2023', TRA_VINH],
  ['a code with a bad date followed by a good one', '000.00.12.H53-230931-0003; 000.00.12.H53-230915-0003', TRA_VINH],
];

const unreadable: Row[] = [
  ['nothing', '', 'empty'],
  ['only whitespace', ' \t \u3000 ', 'empty'],
  ['only control characters', '\r\n\0\x1d\x04', 'empty'],
  ['only an AIM identifier and a suffix', ']C0\r\n', 'empty'],
  ['only the configured prefix', 'KIOSK>', 'empty', { prefix: 'KIOSK>' }],
  ['longer than the contract allows', `000.00.12.H53-230915-0003${' '.repeat(4096)}`, 'too-long'],
  ['unrelated text', 'Xin chào', 'no-code'],
  ['a phone number', '0912 345 678', 'no-code'],
  ['a URL without a code', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'no-code'],
  ['an ISO date', '2023-09-15', 'no-code'],
  ['agency alone', '000.00.12.H53', 'no-code'],
  ['dots instead of dashes', '000.00.12.H53.230915.0003', 'no-code'],
  ['agency missing its letter', '000.00.12.53-230915-0003', 'bad-agency'],
  ['agency with two-digit first part', '00.00.12.H53-230915-0003', 'bad-agency'],
  ['agency with a digit too many', '1000.00.12.H53-230915-0003', 'bad-agency'],
  ['agency with a non-ASCII letter', '000.00.12.Đ53-230915-0003', 'bad-agency'],
  ['agency with three parts', '000.12.H53-230915-0003', 'bad-agency'],
  ['30 February', '000.00.12.H53-230230-0003', 'bad-date'],
  ['29 February in a common year', '000.00.12.H53-230229-0003', 'bad-date'],
  ['month 13', '000.00.12.H53-231301-0003', 'bad-date'],
  ['day 00', '000.00.12.H53-230900-0003', 'bad-date'],
  ['31 September', '000.00.12.H53-230931-0003', 'bad-date'],
  ['date with eight digits', '000.00.12.H53-20230915-0003', 'bad-date'],
  ['bad date in a lookup URL', 'https://dvc.gov.vn/tra-cuu?maHoSo=000.00.12.H53-230931-0003', 'bad-date'],
  ['three-digit sequence', '000.00.12.H53-230915-003', 'bad-sequence'],
  ['nine-digit sequence', '000.00.12.H53-230915-000000003', 'bad-sequence'],
  ['sequence missing', '000.00.12.H53-230915', 'bad-sequence'],
  ['sequence missing after the dash', '000.00.12.H53-230915-', 'bad-sequence'],
];

describe('parseReceiptCode on real-looking receipts', () => {
  it.each([...readable, ...unreadable])('%s', (_description, raw, expected, options) => {
    const result = parseReceiptCode(raw, options);
    if (typeof expected === 'string') expect(result).toEqual({ ok: false, reason: expected });
    else expect(result).toEqual({ ok: true, format: 'standard', ...expected });
  });
});

describe('parseReceiptCode with a site pattern', () => {
  const oldFormat = '(?<code>(?<agency>UB[A-Z]{2})/(?<date>\\d{6})/(?<seq>\\d{3,}))';

  it('reads the older local format', () => {
    expect(parseReceiptCode(']C0ubtv/230915/042\r\n', { extraPattern: oldFormat })).toEqual({
      ok: true, code: 'UBTV/230915/042', agency: 'UBTV', date: '2023-09-15', seq: '042', format: 'extra',
    });
  });

  it('leaves agency and seq empty and date null when the pattern has no such groups', () => {
    expect(parseReceiptCode('Số: BN-00042', { extraPattern: '(?<code>BN-\\d+)' })).toEqual({
      ok: true, code: 'BN-00042', agency: '', date: null, seq: '', format: 'extra',
    });
  });

  it('rejects an invalid date captured by the pattern', () => {
    expect(parseReceiptCode('UBTV/230230/042', { extraPattern: oldFormat })).toEqual({ ok: false, reason: 'bad-date' });
  });

  it('prefers the standard grammar', () => {
    const result = parseReceiptCode('UBTV/230915/042 000.00.12.H53-230915-0003', { extraPattern: oldFormat });
    expect(result).toMatchObject({ ok: true, format: 'standard', code: TRA_VINH.code });
  });

  it('is tried before a near miss of the standard grammar is reported', () => {
    const result = parseReceiptCode('12.34-5678', { extraPattern: '(?<code>\\d+\\.\\d+-\\d+)' });
    expect(result).toMatchObject({ ok: true, format: 'extra', code: '12.34-5678' });
  });

  it('falls back to the standard reasons when it does not match', () => {
    expect(parseReceiptCode('000.00.12.H53-230931-0003', { extraPattern: oldFormat })).toEqual({ ok: false, reason: 'bad-date' });
    expect(parseReceiptCode('hello', { extraPattern: oldFormat })).toEqual({ ok: false, reason: 'no-code' });
  });

  it.each(['(?<code>[a-z]+', '([A-Z]+)', '(?<code>\\d*)', '(?<code>\\d+)(?=x)'])('ignores the unusable pattern %s', (extraPattern) => {
    expect(parseReceiptCode('UBTV-042', { extraPattern })).toEqual({ ok: false, reason: 'no-code' });
    expect(parseReceiptCode(TRA_VINH.code, { extraPattern })).toMatchObject({ ok: true, code: TRA_VINH.code });
  });
});

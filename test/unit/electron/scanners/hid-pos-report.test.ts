import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HidPosAssembler } from '../../../../electron/scanners/hid/hid-pos-assembler.ts';
import { decodePosReport } from '../../../../electron/scanners/hid/hid-pos-report.ts';
import { scanBytesToText } from '../../../../electron/scanners/scan-bytes.ts';
import { hex } from './fakes.ts';

const text = (bytes: Uint8Array) => scanBytesToText(bytes);

/** `]C0000.00.12.H53-230915-0003` as a Code 128 read in one HID POS report (Honeywell layout, 64 bytes). */
const CODE128_RECEIPT = hex(`
  02 19 5d 43 30
  30 30 30 2e 30 30 2e 31 32 2e 48 35 33 2d 32 33 30 39 31 35 2d 30 30 30 33
  00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00
  6a 00 00`);

/**
 * A Honeywell Voyager 1602g answering REVINF over HID POS, as captured from the device and
 * published in github.com/HenkVanAsselt/python_hon_usbhid: six reports of one message (flag 1
 * on all but the last) and a seventh, separate answer (`]Z6`, the command echoed and ACK).
 */
const HONEYWELL_REVINF: number[][] = [
  [2, 56, 93, 88, 48, 80, 114, 111, 100, 117, 99, 116, 32, 78, 97, 109, 101, 58, 32, 86, 111, 121, 97, 103, 101, 114, 32, 49, 54, 48, 50, 103, 13, 10, 66, 111, 111, 116, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 58, 32, 56, 57, 57, 50, 13, 10, 83, 111, 102, 116, 63, 0, 1],
  [2, 56, 93, 88, 48, 119, 97, 114, 101, 32, 80, 97, 114, 116, 32, 78, 117, 109, 98, 101, 114, 58, 32, 67, 87, 48, 48, 48, 48, 56, 50, 66, 66, 65, 13, 10, 83, 111, 102, 116, 119, 97, 114, 101, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 36, 80, 114, 111, 106, 101, 63, 0, 1],
  [2, 56, 93, 88, 48, 99, 116, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 49, 54, 51, 52, 53, 32, 13, 10, 83, 101, 114, 105, 97, 108, 32, 78, 117, 109, 98, 101, 114, 58, 32, 49, 53, 50, 51, 50, 66, 49, 70, 48, 67, 13, 10, 83, 117, 112, 112, 111, 114, 116, 101, 100, 63, 0, 1],
  [2, 56, 93, 88, 48, 32, 73, 70, 58, 32, 66, 108, 117, 101, 116, 111, 111, 116, 104, 13, 10, 80, 67, 66, 32, 65, 115, 115, 101, 109, 98, 108, 121, 32, 73, 68, 58, 32, 48, 48, 48, 48, 48, 48, 13, 10, 69, 110, 103, 105, 110, 101, 32, 70, 105, 114, 109, 119, 97, 114, 101, 63, 0, 1],
  [2, 56, 93, 88, 48, 32, 84, 121, 112, 101, 58, 32, 78, 47, 65, 32, 32, 32, 82, 101, 118, 105, 115, 105, 111, 110, 58, 32, 78, 47, 65, 32, 32, 32, 83, 101, 114, 105, 97, 108, 32, 78, 117, 109, 98, 101, 114, 58, 32, 78, 47, 65, 32, 32, 32, 67, 104, 101, 99, 107, 115, 63, 0, 1],
  [2, 9, 93, 88, 48, 117, 109, 58, 32, 78, 47, 65, 13, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 63, 0, 0],
  [2, 8, 93, 90, 54, 82, 69, 86, 73, 78, 70, 6, 46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0],
];

/** The reports a HID POS scanner sends for `data`: 56 bytes each, flag 1 on all but the last. */
function posReports(aim: string, data: Uint8Array): Uint8Array[] {
  const reports: Uint8Array[] = [];
  for (let at = 0; at === 0 || at < data.length; at += 56) {
    const chunk = data.subarray(at, at + 56);
    const report = new Uint8Array(64);
    report[0] = 0x02;
    report[1] = chunk.length;
    report.set([...aim].map((c) => c.charCodeAt(0)), 2);
    report.set(chunk, 5);
    report[63] = at + 56 < data.length ? 1 : 0;
    reports.push(report);
  }
  return reports;
}

describe('a HID POS report', () => {
  it('holds a whole receipt code: report id, length, AIM identifier, data, no continuation', () => {
    expect(CODE128_RECEIPT.length).toBe(64);
    const report = decodePosReport(CODE128_RECEIPT);
    expect(report.kind).toBe('data');
    if (report.kind !== 'data') return;
    expect(report.aim).toBe(']C0');
    expect(text(report.data)).toBe('000.00.12.H53-230915-0003');
    expect(report.more).toBe(false);
  });

  it('is read the same without its report id (a device that does not number reports, 63 bytes)', () => {
    const report = decodePosReport(CODE128_RECEIPT.subarray(1));
    expect(report).toMatchObject({ kind: 'data', aim: ']C0', more: false });
    if (report.kind === 'data') expect(text(report.data)).toBe('000.00.12.H53-230915-0003');
  });

  it('has no AIM identifier when the scanner sends none', () => {
    const bare = Uint8Array.from(CODE128_RECEIPT);
    bare.fill(0, 2, 5);
    expect(decodePosReport(bare)).toMatchObject({ kind: 'data', aim: null });
  });

  it('of another kind (another report id) is not scan data', () => {
    const status = Uint8Array.from(CODE128_RECEIPT);
    status[0] = 0x04;
    expect(decodePosReport(status)).toEqual({ kind: 'other-report', reportId: 4 });
  });

  it('that is truncated, or claims more data than it has room for, is refused with the reason', () => {
    expect(decodePosReport(CODE128_RECEIPT.subarray(0, 7))).toEqual({ kind: 'invalid', reason: 'truncated' });
    expect(decodePosReport(new Uint8Array(0))).toEqual({ kind: 'invalid', reason: 'truncated' });
    const lying = Uint8Array.from(CODE128_RECEIPT);
    lying[1] = 57;
    expect(decodePosReport(lying)).toEqual({ kind: 'invalid', reason: 'length-exceeds-report' });
    expect(decodePosReport(Uint8Array.from(CODE128_RECEIPT.subarray(0, 20)))).toEqual({ kind: 'invalid', reason: 'length-exceeds-report' });
  });
});

describe('joining HID POS reports', () => {
  it('gives one scan for one report', () => {
    const step = new HidPosAssembler().push(CODE128_RECEIPT);
    expect(step.kind).toBe('scan');
    if (step.kind === 'scan') expect([step.scan.aim, text(step.scan.bytes)]).toEqual([']C0', '000.00.12.H53-230915-0003']);
  });

  it('joins a real six-report message by its continuation flag, and keeps the next message apart', () => {
    const assembler = new HidPosAssembler();
    const steps = HONEYWELL_REVINF.map((r) => assembler.push(Uint8Array.from(r)));
    expect(steps.map((s) => s.kind)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending', 'scan', 'scan']);
    const [message, answer] = steps.flatMap((s) => (s.kind === 'scan' ? [s.scan] : []));
    expect(message!.aim).toBe(']X0');
    expect(message!.bytes.length).toBe(5 * 56 + 9);
    const lines = text(message!.bytes).split('\r\n');
    expect(lines[0]).toBe('Product Name: Voyager 1602g');
    expect(lines).toContain('Software Part Number: CW000082BBA');
    expect(lines.at(-2)).toBe('Engine Firmware Type: N/A   Revision: N/A   Serial Number: N/A   Checksum: N/A');
    expect([answer!.aim, text(answer!.bytes)]).toEqual([']Z6', 'REVINF\u0006.']);
    expect(assembler.pending).toBe(false);
  });

  it('joins a QR code URL split across reports, byte for byte (UTF-8 included)', () => {
    const url = 'https://dichvucong.example.gov.vn/tra-cuu?maHoSo=000.00.12.H53-230915-0003&coQuan=UBND%20huyện%20Sông%20Mây';
    const assembler = new HidPosAssembler();
    const steps = posReports(']Q1', new TextEncoder().encode(url)).map((r) => assembler.push(r));
    expect(steps.map((s) => s.kind)).toEqual(['pending', 'scan']);
    const last = steps.at(-1)!;
    expect(last.kind).toBe('scan');
    if (last.kind === 'scan') expect([last.scan.aim, text(last.scan.bytes)]).toEqual([']Q1', url]);
  });

  it('any data in any number of reports comes back whole', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), (data) => {
        const assembler = new HidPosAssembler();
        const steps = posReports(']Q1', data).map((r) => assembler.push(r));
        const scans = steps.flatMap((s) => (s.kind === 'scan' ? [s.scan] : []));
        expect(scans.length).toBe(1);
        expect(Array.from(scans[0]!.bytes)).toEqual(Array.from(data));
      }),
      { numRuns: 300 },
    );
  });

  it('skips garbage and truncated reports between good ones, saying why', () => {
    const assembler = new HidPosAssembler();
    const steps = [hex('ff 13 00'), hex('02 ff 5d 51 31 00 00 00 00 00 00'), CODE128_RECEIPT].map((r) => assembler.push(r));
    expect(steps.map((s) => (s.kind === 'ignored' ? s.reason : s.kind))).toEqual(['truncated', 'length-exceeds-report', 'scan']);
  });

  it('hands on what came when the rest of a scan never does', () => {
    const assembler = new HidPosAssembler();
    assembler.push(Uint8Array.from(HONEYWELL_REVINF[0]!));
    expect(assembler.pending).toBe(true);
    const partial = assembler.flush();
    expect(text(partial!.bytes)).toMatch(/^Product Name: Voyager 1602g/);
    expect(assembler.flush()).toBeNull();
  });

  it('never throws on arbitrary reports', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 130 }), { maxLength: 20 }), (reports) => {
        const assembler = new HidPosAssembler();
        for (const report of reports) {
          const step = assembler.push(report);
          if (step.kind === 'ignored') expect(step.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

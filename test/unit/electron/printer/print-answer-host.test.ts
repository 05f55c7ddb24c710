import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos, rasterImage } from '../../../support/escpos-decoder.ts';
import { useTempDir } from '../../../support/temp-dir.ts';
import { VirtualTcpPrinter } from '../../../support/virtual-printer.ts';
import { openTestHost } from '../technician/technician-harness.ts';

const CODE = '000.12.12.H53-261112-0015';

describe('printAnswer through the host, to a virtual printer', { timeout: 60_000 }, () => {
  const tempDir = useTempDir();
  let virtual: VirtualTcpPrinter;
  afterEach(async () => {
    await virtual.stop();
  });

  const hostWithPrinter = async () => {
    virtual = new VirtualTcpPrinter();
    await virtual.start();
    const t = await openTestHost(tempDir(), { demoWhenEmpty: true });
    const session = await t.unlock();
    await t.call('technicianSetSetting', { session, key: 'receiptPrinter', value: virtual.uri });
    return t;
  };

  it('prints the dossier answer, and says so', async () => {
    const t = await hostWithPrinter();
    expect(await t.call('printAnswer', { code: CODE })).toEqual({ outcome: 'printed' });
    const commands = decodeEscPos(virtual.printed);
    expect(commands.filter((c) => c.name === 'init')).toHaveLength(1);
    expect(rasterImage(commands).width).toBe(576);
    expect(commands.at(-1)?.name).toBe('cut');
    await t.close();
  });

  it.each([
    ['paper-out', 'hết giấy'],
    ['cover-open', 'Nắp máy in đang mở'],
  ] as const)('answers %s with the Vietnamese sentence for the citizen, and prints nothing', async (state, words) => {
    const t = await hostWithPrinter();
    virtual.state = state;
    const result = await t.call('printAnswer', { code: CODE });
    expect(result.outcome).toBe(state);
    expect(result.message).toContain(words);
    expect(decodeEscPos(virtual.printed).every((c) => c.name === 'status')).toBe(true);
    await t.close();
  });

  it('a printer that disappears mid-print gives a clear message, is not retried, and the kiosk goes on', async () => {
    const t = await hostWithPrinter();
    virtual.dropAfterBytes = 3_000;
    const result = await t.call('printAnswer', { code: CODE });
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain('Không in được phiếu');
    expect(virtual.printed.filter((_, i, all) => all[i] === 0x1b && all[i + 1] === 0x40).length).toBe(1);
    virtual.dropAfterBytes = null;
    virtual.reset();
    expect((await t.call('lookupDossier', { raw: CODE, source: 'keypad' })).kind).toBe('found');
    expect(await t.call('printAnswer', { code: CODE })).toEqual({ outcome: 'printed' });
    await t.close();
  });

  it('answers not-found for a code the kiosk does not hold, refuses an address that is no printer address, and says not-available where no printer answers', async () => {
    const t = await hostWithPrinter();
    expect((await t.call('printAnswer', { code: '000.00.12.H53-261120-9999' })).outcome).toBe('not-found');
    const session = await t.unlock();
    const refused = await t.call('technicianSetSetting', { session, key: 'receiptPrinter', value: 'printer-in-the-corner' });
    expect(refused).toMatchObject({ result: 'invalid' });
    expect(refused.result === 'invalid' && refused.message).toContain('tcp://host[:9100]');
    await t.call('technicianSetSetting', { session, key: 'receiptPrinter', value: 'tcp://127.0.0.1:1' });
    const result = await t.call('printAnswer', { code: CODE });
    expect(result.outcome).toBe('not-available');
    expect(result.message).toContain('Máy in phiếu chưa sẵn sàng');
    expect(virtual.printed.length).toBe(0);
    await t.close();
  });

  it('prints a procedure’s checklist ("In danh sách giấy tờ"), and not-found for a code the catalogue lacks', async () => {
    const t = await hostWithPrinter();
    expect(await t.call('printProcedure', { code: '1.001193' })).toEqual({ outcome: 'printed' });
    const commands = decodeEscPos(virtual.printed);
    expect(commands.map((c) => c.name).filter((name) => name !== 'raster' && name !== 'status')).toEqual(['init', 'feed', 'cut']);
    expect(rasterImage(commands).width).toBe(576);
    virtual.reset();
    expect(await t.call('printProcedure', { code: '9.999999' })).toMatchObject({ outcome: 'not-found' });
    expect(virtual.printed.length).toBe(0);
    await t.close();
  });

  it('takes the paper width and the cutter from the settings at once (58 mm roll, no cutter)', async () => {
    const t = await hostWithPrinter();
    const session = await t.unlock();
    await t.call('technicianSetSetting', { session, key: 'receiptPrinterPaperDots', value: 384 });
    await t.call('technicianSetSetting', { session, key: 'receiptPrinterCut', value: false });
    expect(await t.call('printProcedure', { code: '1.001193' })).toEqual({ outcome: 'printed' });
    const commands = decodeEscPos(virtual.printed);
    expect(rasterImage(commands).width).toBe(384);
    expect(commands.some((c) => c.name === 'cut')).toBe(false);
    expect(commands.at(-1)).toEqual({ name: 'feed', lines: 5 });
    await t.close();
  });

  it('gives the technician the paper state, a test page, and the printers found (the configured network one among them)', async () => {
    const t = await hostWithPrinter();
    const session = await t.unlock();
    expect(await t.call('technicianPrinterStatus', { session })).toMatchObject({ state: 'ok', uri: virtual.uri, paperDots: 576, detail: null });
    virtual.state = 'cover-open';
    expect((await t.call('technicianPrinterStatus', { session })).state).toBe('cover-open');
    expect(await t.call('technicianPrintTest', { session })).toEqual({ outcome: 'cover-open', detail: null });
    virtual.state = 'ok';
    virtual.reset();
    expect(await t.call('technicianPrintTest', { session })).toEqual({ outcome: 'printed', detail: null });
    expect(rasterImage(decodeEscPos(virtual.printed)).width).toBe(576);
    const { printers } = await t.call('technicianListPrinters', { session });
    expect(printers).toContainEqual({ uri: virtual.uri, kind: 'network', name: null });
    for (const method of ['technicianPrinterStatus', 'technicianListPrinters', 'technicianPrintTest']) {
      expect(await t.raw(method, { session: 'A'.repeat(43) }), method).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    await virtual.stop();
    const gone = await t.call('technicianPrinterStatus', { session });
    expect(gone.state).toBe('unreachable');
    expect(gone.detail).toContain(`127.0.0.1:${virtual.port}`);
    await t.close();
  });

  it('prints the same answer again and again without tripping the lookup throttle (a citizen taps Print twice, or for a relative)', async () => {
    const t = await hostWithPrinter();
    for (let tap = 0; tap < 12; tap++) expect((await t.call('printAnswer', { code: CODE })).outcome, `tap ${tap + 1}`).toBe('printed');
    await t.close();
  });
});

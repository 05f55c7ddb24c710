import { afterEach, describe, expect, it } from 'vitest';
import { decodeEscPos, rasterImage } from '../../support/escpos-decoder.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { VirtualTcpPrinter } from '../../support/virtual-printer.ts';
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

  it('answers not-found for a code the kiosk does not hold, and not-available for an unusable address', async () => {
    const t = await hostWithPrinter();
    expect((await t.call('printAnswer', { code: '000.00.12.H53-261120-9999' })).outcome).toBe('not-found');
    const session = await t.unlock();
    await t.call('technicianSetSetting', { session, key: 'receiptPrinter', value: 'printer-in-the-corner' });
    expect((await t.call('printAnswer', { code: CODE })).outcome).toBe('not-available');
    expect(virtual.printed.length).toBe(0);
    await t.close();
  });
});

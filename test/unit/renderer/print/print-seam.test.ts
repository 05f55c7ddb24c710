import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir.ts';
import { openTestHost } from '../../electron/technician/technician-harness.ts';

describe('the print seam (printAnswer)', () => {
  const tempDir = useTempDir();

  it('says no printer is configured by default, and never claims to have printed without a driver', async () => {
    const t = await openTestHost(tempDir(), { demoWhenEmpty: true });
    expect(await t.call('printAnswer', { code: '000.00.12.H53-261120-0009' })).toMatchObject({ outcome: 'no-printer' });
    const session = await t.unlock();
    expect(await t.call('technicianSetSetting', { session, key: 'receiptPrinter', value: 'not a printer address' })).toMatchObject({ result: 'invalid' });
    expect((await t.call('getKioskInfo', {})).receiptPrinter).toBe(false);
    // A printer address where no printer answers: offered, and nothing is printed.
    await t.call('technicianSetSetting', { session, key: 'receiptPrinter', value: 'tcp://127.0.0.1:1' });
    expect((await t.call('getKioskInfo', {})).receiptPrinter).toBe(true);
    expect(await t.call('printAnswer', { code: '000.12.12.H53-261112-0015' })).toMatchObject({ outcome: 'not-available' });
    expect((await t.raw('printAnswer', { code: '' })).ok).toBe(false);
    await t.close();
  });
});

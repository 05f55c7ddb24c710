import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/open-database.ts';
import { loadDemoData } from '../../../../electron/demo/load-demo-data.ts';
import { SettingsStore } from '../../../../electron/settings/settings-store.ts';
import { isSettingKey, settingsSchema } from '../../../../shared/contract/index.ts';
import { useTempDir } from '../../../support/temp-dir.ts';

const assets = fileURLToPath(new URL('../../../../assets/', import.meta.url));
const site = JSON.parse(readFileSync(path.join(assets, 'demo', 'site.json'), 'utf8')) as { settings: Record<string, unknown> };

describe('the demo site settings', () => {
  const tempDir = useTempDir();

  it('are settings, each valid, with hours, counters, hotline, complaint route and a lookup address', () => {
    for (const [key, value] of Object.entries(site.settings)) {
      expect(isSettingKey(key), key).toBe(true);
      expect(settingsSchema[key as keyof typeof settingsSchema].safeParse(value).success, key).toBe(true);
    }
    expect(Object.keys(site.settings)).toEqual(expect.arrayContaining(['openingHours', 'receptionCounter', 'paymentCounter', 'resultsCounter', 'hotline', 'complaintText', 'publicLookupUrl']));
    // No printer in the demo: the print action must not appear on a kiosk that has none.
    expect(site.settings).not.toHaveProperty('receiptPrinter');
  });

  it('are applied by the demo load, never over a value a technician set', () => {
    const db = openDatabase(path.join(tempDir(), 'kiosk.db'));
    const settings = new SettingsStore(db);
    settings.set('hotline', '1900 1234');
    loadDemoData(db, assets, new Date('2026-11-20T03:00:00Z'));
    expect(settings.get('hotline')).toBe('1900 1234');
    expect(settings.get('openingHours')).toBe(site.settings.openingHours);
    expect(settings.get('publicLookupUrl')).toBe(site.settings.publicLookupUrl);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { KioskSettings, settingsSchema } from '../../../../shared/contract/index.ts';
import { catalogues, LANGUAGES } from '../../../../shared/i18n/index.ts';
import { CAMERA_KEYS, CONNECTION_KEYS, describeSetting, settingsByGroup, stepValue } from '../../../../renderer/technician/setting-descriptors.ts';
import { optionLabel, showValue } from '../../../../renderer/technician/setting-text.ts';

const defaults = KioskSettings.parse({}) as Record<string, unknown>;

describe('technician settings screen, read from the shared schema', () => {
  it('has an editor for every setting whose values the schema accepts', () => {
    for (const key of Object.keys(settingsSchema)) {
      const kind = describeSetting(key);
      const schema = settingsSchema[key as keyof typeof settingsSchema];
      if (kind.kind === 'choice') for (const option of kind.options) expect(schema.safeParse(option).success, `${key} ${option}`).toBe(true);
      if (kind.kind === 'integer') {
        expect(schema.safeParse(kind.min).success, key).toBe(true);
        expect(schema.safeParse(kind.max).success, key).toBe(true);
        expect(schema.safeParse(kind.max + 1).success, key).toBe(false);
        const up = stepValue(key, defaults[key] as number, 1, kind);
        expect(schema.safeParse(up).success, `${key} → ${up}`).toBe(true);
      }
      if (kind.kind === 'boolean') expect(schema.safeParse(true).success, key).toBe(true);
      if (kind.kind === 'list') expect(schema.safeParse([]).success, key).toBe(true);
    }
    expect(describeSetting('idleTimeoutSec')).toEqual({ kind: 'integer', min: 45, max: 3600, unit: 'seconds' });
    expect(describeSetting('orientation')).toEqual({ kind: 'choice', options: ['auto', 'portrait', 'landscape'] });
    expect(describeSetting('districtServerUrl')).toMatchObject({ kind: 'text', nullable: true, url: true });
  });

  it('names every setting and every choice in Vietnamese and English (no raw key on screen)', () => {
    for (const key of Object.keys(settingsSchema)) {
      for (const lang of LANGUAGES) {
        expect(catalogues[lang], `add 'tech.setting.${key}' to shared/i18n/technician.${lang}.ts`).toHaveProperty([`tech.setting.${key}`]);
        const kind = describeSetting(key);
        if (kind.kind === 'choice') for (const option of kind.options) expect(optionLabel(lang, option), `${key} ${option}`).not.toMatch(/^tech\./);
        expect(showValue(lang, kind, defaults[key])).not.toMatch(/^tech\./);
      }
    }
  });

  it('shows each setting once: the connection tab takes the server, the camera card its camera, and the pinned CA is set from a shell', () => {
    const groups = settingsByGroup(Object.keys(settingsSchema));
    const shown = [...groups.display, ...groups.codes, ...groups.other, ...CONNECTION_KEYS, ...CAMERA_KEYS, 'districtCaPem'];
    expect(shown.sort()).toEqual(Object.keys(settingsSchema).sort());
    expect(groups.display).toEqual(expect.arrayContaining(['idleTimeoutSec', 'defaultLanguage', 'largeText', 'highContrast', 'orientation']));
  });

  it('steps a serial port’s speed through the usual rates', () => {
    const kind = describeSetting('scannerSerialBaudRate');
    if (kind.kind !== 'integer') throw new Error('not an integer');
    expect(stepValue('scannerSerialBaudRate', 9600, 1, kind)).toBe(19200);
    expect(stepValue('scannerSerialBaudRate', 9600, -1, kind)).toBe(4800);
    const idle = describeSetting('idleTimeoutSec');
    if (idle.kind !== 'integer') throw new Error('not an integer');
    expect(stepValue('idleTimeoutSec', 90, -1, idle)).toBe(80);
    expect(stepValue('idleTimeoutSec', 120, -1, idle)).toBe(110);
    expect(stepValue('idleTimeoutSec', 50, -1, idle)).toBe(45);
    expect(stepValue('idleTimeoutSec', 45, -1, idle)).toBe(45);
  });
});

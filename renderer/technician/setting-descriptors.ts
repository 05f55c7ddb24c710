import { z } from 'zod';
import { settingsSchema } from '../../shared/contract/index.ts';

/** How technician mode edits a setting, read from the shared schema itself. */
export type SettingKind =
  | { kind: 'integer'; min: number; max: number; unit: 'seconds' | 'ms' | null }
  | { kind: 'boolean' }
  | { kind: 'choice'; options: (string | number)[] }
  | { kind: 'text'; nullable: boolean; min: number; max: number; url: boolean }
  | { kind: 'list'; max: number };

export type SettingGroup = 'display' | 'codes' | 'other';

/** Settings edited on their own tab (connection), on the scanner tab's camera card, or never from the screen (the pinned CA is set from a shell). */
export const CONNECTION_KEYS = ['districtServerUrl', 'districtProtocol', 'kioskId', 'syncIntervalSec'] as const;
export const CAMERA_KEYS = ['scannerCameraDeviceId', 'scannerCameraResolution'] as const;
const ELSEWHERE = new Set<string>([...CONNECTION_KEYS, ...CAMERA_KEYS, 'districtCaPem']);

const GROUP: Record<string, SettingGroup> = {
  siteName: 'display',
  idleTimeoutSec: 'display',
  defaultLanguage: 'display',
  largeText: 'display',
  highContrast: 'display',
  orientation: 'display',
  scannerPosition: 'display',
  siteAgencyCodes: 'codes',
  receiptExtraPattern: 'codes',
  scannerPrefix: 'codes',
  scannerSuffix: 'codes',
  unitFields: 'display',
  siteLevel: 'display',
};

function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    if (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodNullable) {
      nullable = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
    else return { inner, nullable };
  }
}

export function describeSetting(key: string): SettingKind {
  const schema = settingsSchema[key as keyof typeof settingsSchema] as z.ZodType | undefined;
  if (!schema) return { kind: 'text', nullable: true, min: 0, max: 500, url: false };
  const { inner, nullable } = unwrap(schema);
  if (inner instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (inner instanceof z.ZodEnum) return { kind: 'choice', options: inner.options.map(String) };
  if (inner instanceof z.ZodUnion && inner.options.every((o) => o instanceof z.ZodLiteral)) {
    return { kind: 'choice', options: inner.options.flatMap((o) => [...(o as z.ZodLiteral).values] as (string | number)[]) };
  }
  if (inner instanceof z.ZodNumber) {
    const unit = /Sec$/.test(key) ? 'seconds' : /Ms$/.test(key) ? 'ms' : null;
    return { kind: 'integer', min: inner.minValue ?? 0, max: inner.maxValue ?? 1_000_000, unit };
  }
  if (inner instanceof z.ZodArray) return { kind: 'list', max: 100 };
  const text = inner as z.ZodString;
  const url = (inner as { def?: { format?: string } }).def?.format === 'url';
  return { kind: 'text', nullable, min: text.minLength ?? 0, max: text.maxLength ?? 500, url };
}

/** The settings the Settings tab shows, grouped; settings added later land in "other". */
export function settingsByGroup(keys: string[]): Record<SettingGroup, string[]> {
  const groups: Record<SettingGroup, string[]> = { display: [], codes: [], other: [] };
  const order = Object.keys(settingsSchema);
  for (const key of [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
    if (ELSEWHERE.has(key)) continue;
    groups[GROUP[key] ?? (key.startsWith('scanner') ? 'codes' : 'other')].push(key);
  }
  return groups;
}

/** Values a stepper moves between, where only a few make sense (a serial port's speed). */
const PRESETS: Record<string, number[]> = {
  scannerSerialBaudRate: [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600],
};

/** The value one press of − or + leads to: fine steps for small values, coarser for large ones. */
export function stepValue(key: string, value: number, direction: 1 | -1, kind: Extract<SettingKind, { kind: 'integer' }>): number {
  const presets = PRESETS[key];
  let next: number;
  if (presets) {
    const candidates = direction > 0 ? presets.filter((p) => p > value) : presets.filter((p) => p < value).reverse();
    next = candidates[0] ?? value;
  } else {
    const up = direction > 0;
    const basis = up ? value : value - 1;
    const step = kind.unit === 'seconds' ? (basis < 120 ? 10 : basis < 600 ? 30 : 300) : kind.unit === 'ms' ? (basis < 1000 ? 50 : 500) : kind.max - kind.min > 1000 ? 100 : 1;
    next = value + direction * step;
  }
  return Math.min(kind.max, Math.max(kind.min, next));
}

/** Values shown in a fixed-width font: addresses, ids, patterns, device paths. */
export const isMachineText = (key: string): boolean => /Url$|Id$|Pattern$|Prefix$|Suffix$|Path$|Codes$/.test(key);

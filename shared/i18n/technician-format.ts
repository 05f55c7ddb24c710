import type { ConnectionFailure, Language, LocalText } from '../contract/index.ts';
import { catalogues, vi } from './index.ts';
import type { MessageKey } from './index.ts';

export const PROTOCOL_VERSION_OF_KIOSK = '1';

export const isMessageKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(vi, key);

/** A catalogue message with any parameters (unknown keys come back as themselves, never a crash). */
export function translate(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  if (!isMessageKey(key)) return key;
  const text: string = (catalogues[lang] ?? vi)[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export const renderText = (lang: Language, text: LocalText): string => translate(lang, text.key, text.params);

const local = (key: string, params: Record<string, string | number> = {}): LocalText => ({ key, params });

/** The sentence that names a connection failure, and the one that says how to fix it. */
export function connectionFailureTexts(failure: ConnectionFailure): { message: LocalText; fix: LocalText } {
  const params = {
    host: failure.host ?? '?',
    port: failure.port ?? '?',
    code: failure.code ?? '?',
    status: failure.status ?? '?',
    server: failure.serverProtocol ?? '?',
    ours: PROTOCOL_VERSION_OF_KIOSK,
    seconds: failure.seconds ?? '?',
  };
  return { message: local(`tech.fail.${failure.kind}`, params), fix: local(`tech.fix.${failure.kind}`) };
}

/** A byte count for people: `512 MB`, `1,2 GB` (decimal comma on Vietnamese screens). */
export function formatBytes(lang: Language, bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return `${value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 })} ${units[unit]}`;
}

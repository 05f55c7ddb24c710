import type { Language, SetSettingResult } from '../../shared/contract/index.ts';
import { translate } from '../../shared/i18n/technician-format.ts';
import type { SettingKind } from './setting-descriptors.ts';

/** Saves one setting on the host; the answer says whether it was taken. */
export type SaveSetting = (value: unknown) => Promise<SetSettingResult>;

export const settingLabel = (lang: Language, key: string): string => translate(lang, `tech.setting.${key}`);

export const optionLabel = (lang: Language, option: string | number): string => {
  const text = translate(lang, `tech.option.${option}`);
  return text.startsWith('tech.option.') ? String(option) : text;
};

/** A value as the settings list shows it. */
export function showValue(lang: Language, kind: SettingKind, value: unknown): string {
  if (value === null || value === undefined || value === '') return translate(lang, 'tech.settings.notSet');
  if (kind.kind === 'boolean') return translate(lang, value ? 'tech.settings.on' : 'tech.settings.off');
  if (kind.kind === 'choice') return optionLabel(lang, value as string | number);
  if (kind.kind === 'integer' && kind.unit === 'ms') return translate(lang, 'tech.settings.ms', { value: Number(value) });
  if (kind.kind === 'integer' && kind.unit === 'seconds') {
    const n = Number(value);
    return n >= 120 && n % 60 === 0 ? translate(lang, 'tech.settings.minutes', { value: n / 60 }) : translate(lang, 'tech.settings.seconds', { value: n });
  }
  if (kind.kind === 'list') return Array.isArray(value) && value.length > 0 ? value.join(', ') : translate(lang, 'tech.settings.notSet');
  return typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : JSON.stringify(value);
}

/** Why a value was refused, in the reader's language, naming the setting. */
export function refusalText(lang: Language, key: string, kind: SettingKind, refused: Extract<SetSettingResult, { result: 'invalid' }>): string {
  let rule: string;
  if (kind.kind === 'integer') rule = translate(lang, 'tech.rule.integer', { min: kind.min, max: kind.max });
  else if (kind.kind === 'choice') rule = translate(lang, 'tech.rule.choice');
  else if (kind.kind === 'text' && kind.url && /plain http:\/\//.test(refused.message)) rule = translate(lang, 'tech.rule.plainHttp');
  else if (kind.kind === 'text' && kind.url) rule = translate(lang, 'tech.rule.url');
  else if (kind.kind === 'text' && /Too (big|small)|characters/.test(refused.message)) rule = translate(lang, 'tech.rule.text', { min: Math.max(kind.min, kind.nullable ? 0 : 1), max: kind.max });
  else rule = translate(lang, 'tech.rule.format', { detail: refused.message.replace(/^Invalid value for "[^"]+":\s*/, '').replace(/\s+/g, ' ').slice(0, 160) });
  return translate(lang, 'tech.settings.invalid', { setting: settingLabel(lang, key), rule });
}

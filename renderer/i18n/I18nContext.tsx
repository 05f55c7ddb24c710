import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Language } from '../../shared/contract/index.ts';
import { t } from '../../shared/i18n/index.ts';
import type { MessageKey, MessageParams } from '../../shared/i18n/index.ts';

type Translate = <K extends MessageKey>(key: K, ...params: Parameters<typeof t<K>> extends [Language, K, ...infer P] ? P : never) => string;

export interface I18n {
  lang: Language;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: ((key: MessageKey, params?: MessageParams<MessageKey>) =>
        (t as (l: Language, k: MessageKey, p?: unknown) => string)(lang, key, params)) as Translate,
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

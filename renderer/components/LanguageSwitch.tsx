import type { Language } from '../../shared/contract/index.ts';
import { LANGUAGES } from '../../shared/i18n/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import './LanguageSwitch.css';

const SHORT = { vi: 'lang.viShort', en: 'lang.enShort' } as const;
const FULL = { vi: 'lang.vi', en: 'lang.en' } as const;

export function LanguageSwitch({ onChange }: { onChange: (lang: Language) => void }) {
  const { lang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          className="lang-switch__option"
          aria-pressed={option === lang}
          lang={option}
          data-testid={`lang-${option}`}
          onClick={() => onChange(option)}
        >
          <span className="lang-switch__short">{t(SHORT[option])}</span>
          <span className="lang-switch__full">{t(FULL[option])}</span>
        </button>
      ))}
    </div>
  );
}

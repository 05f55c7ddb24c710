import type { Language } from '../../shared/contract/index.ts';
import { LANGUAGES } from '../../shared/i18n/index.ts';
import { SwitchOffIcon, SwitchOnIcon } from './accessibility-icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import './LanguageSwitch.css';

const SHORT = { vi: 'lang.viShort', en: 'lang.enShort' } as const;
const FULL = { vi: 'lang.vi', en: 'lang.en' } as const;

/** The language, as toggles drawn like the large-text and high-contrast ones: the chosen one is filled and ticked. */
export function LanguageSwitch({ onChange }: { onChange: (lang: Language) => void }) {
  const { lang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((option) => {
        const on = option === lang;
        const State = on ? SwitchOnIcon : SwitchOffIcon;
        return (
          <button
            key={option}
            type="button"
            className="lang-switch__option"
            aria-pressed={on}
            lang={option}
            data-testid={`lang-${option}`}
            onClick={() => onChange(option)}
          >
            <span className="lang-switch__words">
              <span className="lang-switch__short">{t(SHORT[option])}</span>
              <span className="lang-switch__full">{t(FULL[option])}</span>
            </span>
            <State className="lang-switch__state" />
          </button>
        );
      })}
    </div>
  );
}

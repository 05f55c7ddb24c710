import { memo } from 'react';
import type { Language } from '../../shared/contract/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { DemoMark } from './DemoMark.tsx';
import { StarEmblem } from './icons.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import './Header.css';

interface HeaderProps {
  siteName: string | null;
  demo: boolean;
  onLanguage: (lang: Language) => void;
}

export const Header = memo(function Header({ siteName, demo, onLanguage }: HeaderProps) {
  const { t } = useI18n();
  return (
    <header className="header">
      <StarEmblem className="header__emblem" />
      <div className="header__titles">
        <p className="header__site" data-testid="site-name">
          {siteName}
        </p>
        <h1 className="header__app">{t('app.title')}</h1>
      </div>
      <div className="header__tools">
        {demo && <DemoMark />}
        <LanguageSwitch onChange={onLanguage} />
      </div>
    </header>
  );
});

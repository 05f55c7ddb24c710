import { memo } from 'react';
import type { Language } from '../../shared/contract/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { DemoMark } from './DemoMark.tsx';
import { StarEmblem, Svg } from './icons.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import './Header.css';

interface HeaderProps {
  siteName: string | null;
  demo: boolean;
  onLanguage: (lang: Language) => void;
  /** Technician mode: a header of its own, so a passer-by sees the screen is not for citizens. */
  technician?: boolean;
}

const WrenchIcon = () => (
  <Svg className="header__tech-icon">
    <path d="M14.5 6.5a4 4 0 0 0 5 5L21 13l-1.5 1.5-1.5-1.5-7.5 7.5a2.1 2.1 0 0 1-3-3l7.5-7.5L13.5 8.5 15 7" />
    <path d="M14.5 6.5 17 4" />
  </Svg>
);

export const Header = memo(function Header({ siteName, demo, onLanguage, technician = false }: HeaderProps) {
  const { t } = useI18n();
  if (technician) {
    return (
      <header className="header header--technician" data-testid="technician-header">
        <WrenchIcon />
        <div className="header__titles">
          <p className="header__site">{siteName}</p>
          <h1 className="header__app">{t('tech.modeBanner')}</h1>
        </div>
        <p className="header__tech-note">{t('tech.modeNote')}</p>
        <div className="header__tools">
          <LanguageSwitch onChange={onLanguage} />
        </div>
      </header>
    );
  }
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

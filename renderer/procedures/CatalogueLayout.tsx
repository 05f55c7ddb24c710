import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { BackIcon, HomeIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import './catalogue.css';

interface CatalogueLayoutProps {
  testId: string;
  kicker?: ReactNode;
  title: string;
  /** Procedure names run to 300 characters: a long one is set smaller. */
  longTitle?: boolean;
  children: ReactNode;
  /** More actions for the bar at the bottom, between "Back" and "Home". */
  actions?: ReactNode;
  onBack: () => void;
  onHome: () => void;
  /** When this changes (a page turned) the screen scrolls back to its top. */
  scrollKey?: string | number;
}

/**
 * The frame of the catalogue's browsing screens: the title on top, the content scrolling with
 * a finger, and the way back always in reach in a bar stuck to the bottom.
 */
export function CatalogueLayout({ testId, kicker, title, longTitle = false, children, actions, onBack, onHome, scrollKey }: CatalogueLayoutProps) {
  const { t } = useI18n();
  const root = useRef<HTMLElement>(null);
  const firstKey = useRef(scrollKey);
  useEffect(() => {
    if (scrollKey !== firstKey.current) root.current?.scrollIntoView({ block: 'start' });
  }, [scrollKey]);
  return (
    <section ref={root} className="catalogue" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <header className="catalogue__head">
        {kicker && <div className="catalogue__kicker">{kicker}</div>}
        <h2 id={`${testId}-title`} className={`catalogue__title${longTitle ? ' catalogue__title--long' : ''}`} data-testid="catalogue-title">
          {title}
        </h2>
      </header>
      <div className="catalogue__body">{children}</div>
      <footer className="catalogue__bar" data-sticky-bottom>
        <button type="button" className="btn catalogue__bar-button" data-testid="nav-back" onClick={onBack}>
          <BackIcon className="btn__icon" />
          {t('nav.back')}
        </button>
        {actions && <div className="catalogue__bar-actions">{actions}</div>}
        <button type="button" className="btn catalogue__bar-button catalogue__home" data-testid="nav-home" onClick={onHome}>
          <HomeIcon className="btn__icon" />
          {t('nav.home')}
        </button>
      </footer>
    </section>
  );
}

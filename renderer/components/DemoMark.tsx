import { useI18n } from '../i18n/I18nContext.tsx';
import { InfoIcon } from './icons.tsx';
import './DemoMark.css';

/**
 * Shown on every screen while the kiosk runs on demo data, so nobody takes it for real. It says
 * why in visible words: a touch screen has no hover, so a tooltip would never be seen.
 */
export function DemoMark() {
  const { t } = useI18n();
  return (
    <p className="demo-mark" data-testid="demo-mark">
      <InfoIcon className="demo-mark__icon" />
      <span className="demo-mark__text">
        <span className="demo-mark__title">{t('demo.mark')}</span>
        <span className="demo-mark__note" data-testid="demo-mark-note">
          {t('demo.note')}
        </span>
      </span>
    </p>
  );
}

import { useI18n } from '../i18n/I18nContext.tsx';
import { InfoIcon } from './icons.tsx';
import './DemoMark.css';

/** Shown on every screen while the kiosk runs on demo data, so nobody takes it for real. */
export function DemoMark() {
  const { t } = useI18n();
  return (
    <p className="demo-mark" data-testid="demo-mark" title={t('demo.note')}>
      <InfoIcon className="demo-mark__icon" />
      <span>{t('demo.mark')}</span>
      <span className="visually-hidden">{t('demo.note')}</span>
    </p>
  );
}

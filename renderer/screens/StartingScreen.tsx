import { useI18n } from '../i18n/I18nContext.tsx';
import './StartingScreen.css';

export function StartingScreen() {
  const { t } = useI18n();
  return (
    <section className="starting" data-testid="screen-starting" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <p>{t('app.starting')}</p>
    </section>
  );
}

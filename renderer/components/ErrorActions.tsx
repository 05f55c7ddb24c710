import { useI18n } from '../i18n/I18nContext.tsx';
import { HomeIcon, KeypadIcon } from './icons.tsx';

/** The two ways out of a lookup error: type the code, or go back to the start. */
export function ErrorActions({ onTypeCode, onHome }: { onTypeCode: () => void; onHome: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <button type="button" className="btn btn--large" data-testid="nav-type-code" onClick={onTypeCode}>
        <KeypadIcon className="btn__icon" />
        {t('nav.typeCode')}
      </button>
      <button type="button" className="btn btn--primary btn--large" data-testid="nav-home" onClick={onHome}>
        <HomeIcon className="btn__icon" />
        {t('nav.home')}
      </button>
    </>
  );
}

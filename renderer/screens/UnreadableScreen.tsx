import type { ParseFailureReason, ScannerPosition } from '../../shared/contract/index.ts';
import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { HomeIcon, KeypadIcon, RefreshIcon, WarningIcon } from '../components/icons.tsx';
import { ScannerLocation } from '../components/ScannerLocation.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface UnreadableScreenProps {
  lookupId: number;
  reason: ParseFailureReason;
  scannerPosition: ScannerPosition;
  onTypeCode: () => void;
  onHome: () => void;
}

/** A scan that was not a dossier code: scanning again is the main way on (back to the scan prompt), typing the code the other. */
export function UnreadableScreen({ lookupId, reason, scannerPosition, onTypeCode, onHome }: UnreadableScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  return (
    <ErrorLayout
      testId="screen-unreadable"
      tone="warning"
      Icon={WarningIcon}
      title={t('error.unreadable.title')}
      actions={
        <>
          <button type="button" className="btn btn--primary btn--large" data-testid="scan-again" onClick={onHome}>
            <RefreshIcon className="btn__icon" />
            {t('error.unreadable.scanAgain')}
          </button>
          <button type="button" className="btn btn--large" data-testid="nav-type-code" onClick={onTypeCode}>
            <KeypadIcon className="btn__icon" />
            {t('nav.typeCode')}
          </button>
          <button type="button" className="btn btn--large" data-testid="nav-home" onClick={onHome}>
            <HomeIcon className="btn__icon" />
            {t('nav.home')}
          </button>
        </>
      }
    >
      <p className="error-screen__note" data-testid="error-reason" data-reason={reason}>
        {t(`error.unreadable.reason.${reason}`)}
      </p>
      <p>{t('error.unreadable.body')}</p>
      <div>
        <ScannerLocation position={scannerPosition} />
      </div>
    </ErrorLayout>
  );
}

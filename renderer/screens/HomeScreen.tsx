import { memo } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { KeypadIcon } from '../components/icons.tsx';
import { ScannerLocation } from '../components/ScannerLocation.tsx';
import type { ScannerPosition } from '../../shared/contract/index.ts';
import { ScanIllustration } from '../components/ScanIllustration.tsx';
import { useCameraView } from '../camera/CameraContext.ts';
import { CameraPreview } from '../camera/CameraPreview.tsx';
import type { CatalogueNavigate } from '../procedures/catalogue-screen.ts';
import { ProcedureEntry } from '../procedures/ProcedureEntry.tsx';
import { CitizenBar } from './CitizenBar.tsx';
import './HomeScreen.css';

/** The attract screen: scan the receipt, or type its code. */
export const HomeScreen = memo(function HomeScreen({
  onTypeCode,
  onCatalogue,
  onOpenStatistics,
  scannerPosition,
}: {
  onTypeCode: () => void;
  onCatalogue: CatalogueNavigate;
  onOpenStatistics: () => void;
  /** Where the scanner is on this kiosk (the attract screen says so too). */
  scannerPosition: ScannerPosition;
}) {
  const { t } = useI18n();
  const camera = useCameraView();
  return (
    <section className="home" data-testid="screen-home" aria-labelledby="home-title">
      <h2 id="home-title" className="home__title">
        {t('home.title')}
      </h2>
      <div className="home__scan">
        {camera.state.kind === 'off' ? <ScanIllustration /> : <CameraPreview size="large" />}
        <div className="home__prompt-block">
          <p className="home__prompt" data-testid="scan-prompt">
            {t('home.scanPrompt')}
          </p>
          <p className="home__hint">{t('home.scanHint')}</p>
          <ScannerLocation position={scannerPosition} />
        </div>
      </div>
      <div className="home__other">
      <p className="home__or">
        <span>{t('home.or')}</span>
      </p>
      <button type="button" className="btn btn--primary btn--large home__type" data-testid="open-manual" onClick={onTypeCode}>
        <KeypadIcon className="btn__icon" />
        {t('home.typeCode')}
      </button>
      <ProcedureEntry navigate={onCatalogue} />
      </div>
      <CitizenBar onOpenStatistics={onOpenStatistics} />
    </section>
  );
});

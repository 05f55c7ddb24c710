import type { ScannerPosition } from '../../shared/contract/index.ts';
import { t as translate } from '../../shared/i18n/index.ts';
import { StarEmblem } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ChecklistIcon } from '../procedures/procedure-icons.tsx';
import { ReceiptIllustration } from './ReceiptIllustration.tsx';
import { useCameraView } from '../camera/CameraContext.ts';
import { CameraPreview } from '../camera/CameraPreview.tsx';
import './AttractScreen.css';

interface AttractScreenProps {
  siteName: string | null;
  /** Where the scanner is on this kiosk model (the `scannerPosition` setting). */
  scannerPosition: ScannerPosition;
  onWake: () => void;
}

/**
 * What an empty kiosk shows: the two things a citizen can do here, where the code is on the
 * receipt and where the scanner is. It covers the whole screen, so any touch wakes it (a scan
 * goes straight to its result).
 */
export function AttractScreen({ siteName, scannerPosition, onWake }: AttractScreenProps) {
  const { lang, t } = useI18n();
  const other = lang === 'vi' ? 'en' : 'vi';
  const camera = useCameraView();
  return (
    <section className="attract" data-testid="screen-attract" aria-labelledby="attract-title" onClick={onWake}>
      <header className="attract__top">
        <StarEmblem className="attract__emblem" />
        <div>
          <p className="attract__site">{siteName}</p>
          <p className="attract__welcome">{t('attract.welcome')}</p>
          <h2 id="attract-title" className="attract__title">
            {t('attract.title')}
          </h2>
        </div>
      </header>

      <div className="attract__things">
        <article className="attract__thing attract__thing--lookup" aria-labelledby="attract-lookup">
          <p className="attract__number" aria-hidden="true">
            1
          </p>
          <h3 id="attract-lookup" className="attract__thing-title">
            {t('attract.lookupTitle')}
          </h3>
          <div className="attract__lookup-body">
            <div className="attract__receipt">
              <ReceiptIllustration title={t('attract.receipt')} codeHere={t('attract.codeHere')} />
            </div>
            <ul className="attract__steps">
              <li>{t('attract.lookupScan')}</li>
              <li>{t('attract.lookupWhere')}</li>
              <li>{t('attract.lookupType')}</li>
            </ul>
          </div>
        </article>

        <article className="attract__thing" aria-labelledby="attract-procedures">
          <p className="attract__number" aria-hidden="true">
            2
          </p>
          <h3 id="attract-procedures" className="attract__thing-title">
            {t('attract.proceduresTitle')}
          </h3>
          <div className="attract__procedures-body">
            <ChecklistIcon className="attract__procedures-icon" />
            <p>{t('attract.proceduresText')}</p>
          </div>
        </article>
      </div>

      <button type="button" className="btn btn--primary btn--large attract__start" data-testid="attract-start">
        <span>{t('attract.touch')}</span>
        <span className="attract__start-other" lang={other}>
          {translate(other, 'attract.touch')}
        </span>
      </button>

      {camera.state.kind !== 'off' ? (
        <div className="attract__camera">
          <CameraPreview size="small" />
        </div>
      ) : (
        <div className={`attract__scanner attract__scanner--${scannerPosition}`} data-testid="attract-scanner" data-position={scannerPosition}>
          <p>
            <strong>{t(`attract.scanner.${scannerPosition}`)}</strong>
            <span>{t('attract.lookupScanner')}</span>
          </p>
          <span className="attract__arrow-turn">
            <svg className="attract__arrow" viewBox="0 0 48 64" aria-hidden="true" focusable="false">
              <path d="M24 4v50M8 38l16 18 16-18" fill="none" stroke="currentColor" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </span>
        </div>
      )}
    </section>
  );
}

import type { ScannerPosition } from '../../shared/contract/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Svg } from './icons.tsx';
import './ScannerLocation.css';

/** "Máy quét ở phía dưới" with an arrow that points there (the `scannerPosition` setting). */
export function ScannerLocation({ position }: { position: ScannerPosition }) {
  const { t } = useI18n();
  return (
    <p className={`scanner-location scanner-location--${position}`} data-testid="home-scanner" data-position={position}>
      <Svg className="scanner-location__arrow">
        <path d="M12 4v15M6 13l6 6 6-6" />
      </Svg>
      {t(`attract.scanner.${position}`)}
    </p>
  );
}

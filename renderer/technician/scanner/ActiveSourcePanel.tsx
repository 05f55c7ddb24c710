import { isHostSource } from '../../../shared/contract/index.ts';
import type { SerialPortSettings, ScannerStatus } from '../../../shared/contract/index.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { clockTime } from './monitor-entry.ts';

const PARITY_LETTER = { none: 'N', even: 'E', odd: 'O', mark: 'M', space: 'S' } as const;

/** Which source the kiosk reads, the device it has open and what it has received. */
export function ActiveSourcePanel({ status }: { status: ScannerStatus }) {
  const { t } = useI18n();
  const device = status.device;
  const serialText = (s: SerialPortSettings) => {
    const line = `${s.baudRate} ${s.dataBits}${PARITY_LETTER[s.parity]}${s.stopBits}`;
    return s.framing === 'timeout' ? t('scanner.framing.timeout', { line, ms: s.timeoutMs }) : t('scanner.framing.suffix', { line, suffix: s.framing.toUpperCase() });
  };
  return (
    <section className="card scanner-page__card" aria-labelledby="scanner-active-title">
      <h2 className="card__title" id="scanner-active-title">
        {t('scanner.active.title')}
      </h2>
      <p className="scanner-page__headline">
        <strong data-testid="scanner-source" data-source={status.source}>
          {t(`scanner.source.${status.source}`)}
        </strong>
        {' · '}
        <span data-testid="scanner-state" data-state={status.state}>
          {status.source === 'camera' ? t('camera.tech.readInWindow') : t(`scanner.state.${status.state}`)}
        </span>
      </p>
      {device && (
        <dl className="scanner-page__facts">
          <dt>{t('scanner.field.path')}</dt>
          <dd data-testid="scanner-device-path">{device.path}</dd>
          {(device.vendorId || device.productId) && (
            <>
              <dt>{t('scanner.field.ids')}</dt>
              <dd>{`${device.vendorId ?? '—'}:${device.productId ?? '—'}`}</dd>
            </>
          )}
          {device.product && (
            <>
              <dt>{t('scanner.field.product')}</dt>
              <dd>{device.product}</dd>
            </>
          )}
          <dt>{t('scanner.field.mode')}</dt>
          <dd>{device.mode ? t(`scanner.mode.${device.mode}`) : t('scanner.mode.unknown')}</dd>
          {device.serial && (
            <>
              <dt>{t('scanner.field.settings')}</dt>
              <dd data-testid="scanner-device-settings">{serialText(device.serial)}</dd>
            </>
          )}
        </dl>
      )}
      {status.keyboardAlsoTypes && (
        <p className="scanner-page__warning" role="alert">
          {t('scanner.keyboardAlsoTypes')}
        </p>
      )}
      {isHostSource(status.source) && (
        <p className="scanner-page__muted" data-testid="scanner-counts">
          {t('scanner.counts', { scans: status.scans, duplicates: status.duplicates, seconds: status.duplicateWindowMs / 1000 })}
          {status.lastScanAt && ` ${t('scanner.lastScan', { time: clockTime(status.lastScanAt) })}`}
        </p>
      )}
    </section>
  );
}

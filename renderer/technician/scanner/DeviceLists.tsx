import type { ScannerDeviceList } from '../../../shared/contract/index.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

const hex4 = (n: number) => `0x${n.toString(16).padStart(4, '0')}`;

/** Every HID device and serial port the kiosk sees, with the ids a technician puts in the settings. */
export function DeviceLists({ devices, onRefresh }: { devices: ScannerDeviceList | null; onRefresh: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card scanner-page__card" aria-labelledby="scanner-devices-title">
      <h2 className="card__title" id="scanner-devices-title">
        {t('scanner.devices.title')}
      </h2>
      <h3 className="scanner-page__subtitle">{t('scanner.devices.hid')}</h3>
      {devices?.hidError && <p className="scanner-page__error">{t('scanner.devices.unavailable', { detail: devices.hidError })}</p>}
      <ul className="scanner-page__devices" data-testid="scanner-hid-devices">
        {devices?.hid.length === 0 && <li className="scanner-page__muted">{t('scanner.devices.none')}</li>}
        {devices?.hid.map((d) => (
          <li key={`${d.path}-${d.usagePage ?? ''}-${d.usage ?? ''}`} data-role={d.role}>
            <strong>{`${d.vendorId}:${d.productId}`}</strong> {d.product ?? ''} · {t(`scanner.mode.${d.role}`)}
            <span className="scanner-page__muted">
              {` · ${d.path}`}
              {d.usagePage !== null && ` · ${t('scanner.field.usage')} ${hex4(d.usagePage)}`}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="scanner-page__subtitle">{t('scanner.devices.serial')}</h3>
      {devices?.serialError && <p className="scanner-page__error">{t('scanner.devices.unavailable', { detail: devices.serialError })}</p>}
      <ul className="scanner-page__devices" data-testid="scanner-serial-ports">
        {devices?.serial.length === 0 && <li className="scanner-page__muted">{t('scanner.devices.none')}</li>}
        {devices?.serial.map((p) => (
          <li key={p.path}>
            <strong>{p.path}</strong>
            {p.vendorId && ` · ${p.vendorId}:${p.productId ?? '—'}`}
            {p.manufacturer && <span className="scanner-page__muted">{` · ${t('scanner.devices.manufacturer')}: ${p.manufacturer}`}</span>}
          </li>
        ))}
      </ul>
      <button type="button" className="btn" data-testid="scanner-refresh" onClick={onRefresh}>
        {t('scanner.devices.refresh')}
      </button>
    </section>
  );
}

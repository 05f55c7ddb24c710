import { useCallback, useEffect, useState } from 'react';
import { CameraResolution, cameraChoice } from '../../../shared/contract/camera.ts';
import type { ScannerStatus } from '../../../shared/contract/index.ts';
import type { KioskClient } from '../../api/kiosk-client.ts';
import { useCameraScanner } from '../../camera/useCameraScanner.ts';
import { ACTIVE_FRAMES_PER_SECOND } from '../../camera/useCitizenCamera.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { TechnicianApi } from '../use-technician-api.ts';
import { CameraPicture } from './CameraPicture.tsx';
import './CameraSection.css';

interface CameraSettings {
  deviceId: string | null;
  resolution: CameraResolution;
}

/**
 * The camera as a scanner, for the technician: which cameras the browser sees, the one and the
 * resolution the kiosk uses (saved as settings), and a preview that shows what it decodes. The
 * camera is on only while the technician asks for the preview (the citizens' camera is off while
 * technician mode is open).
 */
export function CameraSection({ client, api, status }: { client: KioskClient; api: TechnicianApi; status: ScannerStatus | null }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<CameraSettings | null>(null);
  const [cameras, setCameras] = useState<MediaDeviceInfo[] | null>(null);
  const [preview, setPreview] = useState(false);
  const [decoded, setDecoded] = useState<string | null>(null);
  const [decodeMs, setDecodeMs] = useState<number | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    api.guard(client.technicianGetSettings({ session: api.session })).then(
      (all) => {
        const resolution = CameraResolution.safeParse(all.values.scannerCameraResolution);
        const deviceId = all.values.scannerCameraDeviceId;
        setSettings({ deviceId: typeof deviceId === 'string' ? deviceId : null, resolution: resolution.success ? resolution.data : '1280x720' });
      },
      () => undefined,
    );
  }, [client, api]);

  const findCameras = useCallback(() => {
    if (!navigator.mediaDevices?.enumerateDevices) return setCameras([]);
    navigator.mediaDevices.enumerateDevices().then(
      (devices) => setCameras(devices.filter((d) => d.kind === 'videoinput')),
      () => setCameras([]),
    );
  }, []);
  useEffect(findCameras, [findCameras]);

  const choice = settings ? cameraChoice(settings.deviceId, settings.resolution) : null;
  const view = useCameraScanner(
    choice,
    preview,
    ACTIVE_FRAMES_PER_SECOND,
    (raw) => setDecoded(raw),
    (ms) => setDecodeMs(ms),
  );
  // Camera names are hidden until a camera has been opened once: look again when it runs.
  useEffect(() => {
    if (view.state.kind === 'running') findCameras();
  }, [view.state.kind, findCameras]);

  const save = (key: 'scannerCameraDeviceId' | 'scannerCameraResolution', value: string | null) => {
    setSaveFailed(false);
    api.guard(client.technicianSetSetting({ session: api.session, key, value })).then(
      (result) => {
        if (result.result !== 'saved') return setSaveFailed(true);
        setSettings((old) => old && (key === 'scannerCameraDeviceId' ? { ...old, deviceId: value } : { ...old, resolution: CameraResolution.parse(value) }));
      },
      () => setSaveFailed(true),
    );
  };

  const state = view.state;
  return (
    <section className="card scanner-page__card" aria-labelledby="scanner-camera-title" data-testid="camera-section">
      <h2 className="card__title" id="scanner-camera-title">
        {t('camera.tech.title')}
      </h2>
      <p className="scanner-page__muted">{t('camera.tech.intro')}</p>
      {status && status.source !== 'camera' && <p className="scanner-page__muted">{t('camera.tech.notSource')}</p>}

      <h3 className="scanner-page__subtitle">{t('camera.tech.devices')}</h3>
      <ul className="scanner-page__devices" data-testid="camera-devices">
        {cameras?.length === 0 && <li className="scanner-page__muted">{t('camera.tech.none')}</li>}
        {[null, ...(cameras ?? []).map((c) => c.deviceId)].map((deviceId, index) => {
          const camera = cameras?.find((c) => c.deviceId === deviceId);
          const chosen = settings !== null && settings.deviceId === deviceId;
          const name = deviceId === null ? t('camera.tech.first') : camera?.label || t('camera.tech.unnamed', { n: index });
          return (
            <li key={deviceId ?? 'first'} data-chosen={chosen}>
              <strong>{name}</strong>{' '}
              {chosen ? (
                <span className="scanner-page__muted">{t('camera.tech.chosen')}</span>
              ) : (
                <button type="button" className="btn" disabled={!settings} onClick={() => save('scannerCameraDeviceId', deviceId)}>
                  {t('camera.tech.use')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn" onClick={findCameras}>
        {t('camera.tech.refresh')}
      </button>

      <h3 className="scanner-page__subtitle">{t('camera.tech.resolution')}</h3>
      <div role="radiogroup" aria-label={t('camera.tech.resolution')} data-testid="camera-resolution">
        {CameraResolution.options.map((resolution) => (
          <button
            key={resolution}
            type="button"
            role="radio"
            aria-checked={settings?.resolution === resolution}
            className={settings?.resolution === resolution ? 'btn btn--primary' : 'btn'}
            disabled={!settings}
            onClick={() => save('scannerCameraResolution', resolution)}
          >
            {resolution.replace('x', '×')}
          </button>
        ))}
      </div>
      {saveFailed && <p className="scanner-page__error">{t('camera.tech.saveFailed')}</p>}

      <p>
        <button type="button" className="btn btn--primary" data-testid="camera-preview-toggle" disabled={!settings} onClick={() => setPreview((on) => !on)}>
          {preview ? t('camera.tech.stopPreview') : t('camera.tech.preview')}
        </button>
      </p>
      {preview && (
        <div data-testid="camera-tech-preview" data-state={state.kind}>
          <CameraPicture stream={view.stream} />
          {state.kind === 'running' && <p>{t('camera.tech.running', { label: state.label || t('camera.tech.unnamed', { n: 1 }), width: state.width, height: state.height })}</p>}
          {state.kind === 'problem' && (
            <p className="scanner-page__error" role="alert" data-problem={state.problem}>
              {t(`camera.problem.${state.problem}`)}
            </p>
          )}
          <p data-testid="camera-decoded">{decoded === null ? t('camera.tech.nothingYet') : t('camera.tech.decoded', { text: decoded })}</p>
          {decodeMs !== null && <p className="scanner-page__muted">{t('camera.tech.decodeTime', { ms: Math.round(decodeMs) })}</p>}
        </div>
      )}
    </section>
  );
}

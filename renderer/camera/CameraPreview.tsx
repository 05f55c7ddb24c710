import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useCameraView } from './CameraContext.ts';
import './CameraPreview.css';

/**
 * Where to hold the receipt when the camera is the scanner: the live picture (mirrored, as
 * people expect of a camera facing them) with a frame to aim at. Nothing when another source
 * is in use; a plain sentence pointing to the keypad when the camera does not work.
 */
export function CameraPreview({ size }: { size: 'large' | 'small' }) {
  const { t } = useI18n();
  const { state, stream } = useCameraView();
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);

  if (state.kind === 'off') return null;
  const problem = state.kind === 'problem';
  return (
    <figure className={`camera-preview camera-preview--${size}`} data-testid="camera-preview" data-state={state.kind}>
      <div className="camera-preview__picture">
        {stream && <video ref={video} className="camera-preview__video" muted autoPlay playsInline aria-hidden="true" />}
        <span className="camera-preview__aim" aria-hidden="true" />
      </div>
      <figcaption className={problem ? 'camera-preview__caption camera-preview__caption--problem' : 'camera-preview__caption'} role={problem ? 'status' : undefined}>
        {problem ? t('camera.citizenProblem') : state.kind === 'starting' ? t('camera.starting') : t('camera.holdHere')}
      </figcaption>
    </figure>
  );
}

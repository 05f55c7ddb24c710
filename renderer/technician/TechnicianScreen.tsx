import { useCallback, useEffect, useState } from 'react';
import type { TechnicianStatus } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PinGate } from './PinGate.tsx';
import { TechnicianPanel } from './TechnicianPanel.tsx';
import { useTechnicianTimeout } from './useTechnicianTimeout.ts';
import './technician.css';

interface TechnicianScreenProps {
  client: KioskClient;
  onClose: () => void;
}

const GATE_IDLE_MS = 60_000;

type Phase = { kind: 'loading' } | { kind: 'gate'; status: TechnicianStatus } | { kind: 'open'; session: string; idleSec: number } | { kind: 'failed'; reason: string };

/**
 * Technician mode: the PIN (or, on first run, choosing one), then the technician's panel. The
 * host holds the session; this screen closes when the host says it ended or refuses it.
 */
export function TechnicianScreen({ client, onClose }: TechnicianScreenProps) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    client.technicianStatus({}).then(
      (status) => !cancelled && setPhase({ kind: 'gate', status }),
      (error: unknown) => !cancelled && setPhase({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [client]);

  useEffect(() => client.on('technicianSession', (event) => !event.open && onClose()), [client, onClose]);

  const leave = useCallback(() => {
    if (phase.kind === 'open') void client.technicianLock({ session: phase.session }).catch(() => undefined);
    onClose();
  }, [client, onClose, phase]);
  // The PIN pad closes after a minute untouched; the panel when the host's session would have.
  useTechnicianTimeout(phase.kind === 'open' ? phase.idleSec * 1000 : GATE_IDLE_MS, leave);

  return (
    <section className="tech" data-testid="screen-technician" aria-label={t('tech.title')}>
      {phase.kind === 'loading' && <p className="tech__loading">{t('tech.working')}</p>}
      {phase.kind === 'failed' && (
        <div className="tech__failed" role="alert">
          <p>{t('tech.failed', { reason: phase.reason })}</p>
          <button type="button" className="btn btn--large" onClick={onClose}>
            {t('tech.close')}
          </button>
        </div>
      )}
      {phase.kind === 'gate' && (
        <PinGate
          client={client}
          pinSet={phase.status.pinSet}
          setupCodeIssued={phase.status.setupCodeIssued}
          lockedUntil={phase.status.lockedUntil}
          onUnlocked={(session) => setPhase({ kind: 'open', session, idleSec: phase.status.sessionIdleSec })}
          onCancel={onClose}
        />
      )}
      {phase.kind === 'open' && <TechnicianPanel client={client} session={phase.session} idleSec={phase.idleSec} onLeave={leave} onSessionLost={onClose} />}
    </section>
  );
}

import { useState } from 'react';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PinPad } from './PinPad.tsx';
import type { TechnicianApi } from './use-technician-api.ts';

type PinStep = { kind: 'closed' } | { kind: 'current' } | { kind: 'new'; current: string } | { kind: 'repeat'; current: string; next: string };

/** "Leave kiosk mode" for maintenance, and changing the PIN. */
export function MaintenanceSection({ client, api }: { client: KioskClient; api: TechnicianApi }) {
  const { t } = useI18n();
  const [left, setLeft] = useState(false);
  const [step, setStep] = useState<PinStep>({ kind: 'closed' });
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const [busy, setBusy] = useState(false);

  const leaveKioskMode = async () => {
    const result = await api.guard(client.technicianLeaveKioskMode({ session: api.session })).catch(() => null);
    setLeft(result?.requested ?? false);
  };

  const next = (s: PinStep) => {
    setStep(s);
    setResetKey((k) => k + 1);
  };
  const submitPin = async (pin: string) => {
    setMessage(null);
    if (step.kind === 'current') return next({ kind: 'new', current: pin });
    if (step.kind === 'new') return next({ kind: 'repeat', current: step.current, next: pin });
    if (step.kind !== 'repeat') return;
    if (pin !== step.next) {
      setMessage(t('tech.setPin.mismatch'));
      return next({ kind: 'new', current: step.current });
    }
    setBusy(true);
    try {
      const result = await api.guard(client.technicianChangePin({ session: api.session, currentPin: step.current, newPin: pin }));
      if (result.result === 'changed') {
        setDone(t('tech.changePin.done'));
        next({ kind: 'closed' });
      } else if (result.result === 'wrong-pin') {
        setMessage(t('tech.pin.wrong', { attempts: result.attemptsLeft }));
        next({ kind: 'current' });
      } else if (result.result === 'locked') {
        setMessage(t('tech.pin.locked', { time: formatDateTime(result.lockedUntil) }));
        next({ kind: 'current' });
      } else {
        setMessage(t(result.reason === 'length' ? 'tech.setPin.weak.length' : 'tech.setPin.weak.trivial'));
        next({ kind: 'new', current: step.current });
      }
    } catch {
      next({ kind: 'closed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="tech-section" aria-labelledby="tech-maintenance">
      <h3 className="tech-section__title" id="tech-maintenance">
        {t('tech.kioskMode.title')}
      </h3>
      <p>{t('tech.kioskMode.help')}</p>
      <div className="tech-row">
        <button type="button" className="btn btn--large" data-testid="tech-leave-kiosk-mode" onClick={() => void leaveKioskMode()}>
          {t('tech.kioskMode.leave')}
        </button>
        <button
          type="button"
          className="btn btn--large"
          data-testid="tech-change-pin"
          onClick={() => {
            setDone(null);
            next({ kind: 'current' });
          }}
        >
          {t('tech.changePin.title')}
        </button>
      </div>
      <p className="tech-feedback tech-feedback--ok" role="status" data-testid="tech-maintenance-status">
        {left ? t('tech.kioskMode.left') : done}
      </p>
      {step.kind !== 'closed' && (
        <PinPad
          title={step.kind === 'current' ? t('tech.changePin.current') : step.kind === 'new' ? t('tech.setPin.first') : t('tech.setPin.repeat')}
          message={message}
          submitLabel={step.kind === 'repeat' ? t('tech.save') : t('tech.next')}
          busy={busy}
          onSubmit={(pin) => void submitPin(pin)}
          onCancel={() => next({ kind: 'closed' })}
          resetKey={resetKey}
        />
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import type { UnlockResult } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PinPad } from './PinPad.tsx';

interface PinGateProps {
  client: KioskClient;
  /** A PIN exists: enter it. None yet (first run): set one, twice. */
  pinSet: boolean;
  /** The lockout still running when technician mode was opened. */
  lockedUntil: string | null;
  onUnlocked: (session: string) => void;
  onCancel: () => void;
}

type Step = { kind: 'enter' } | { kind: 'new' } | { kind: 'repeat'; first: string };

/** Enter the technician PIN, or, on a kiosk without one, choose it (entered twice). */
export function PinGate({ client, pinSet, lockedUntil, onUnlocked, onCancel }: PinGateProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>(pinSet ? { kind: 'enter' } : { kind: 'new' });
  const [message, setMessage] = useState<string | null>(lockedUntil ? t('tech.pin.locked', { time: formatDateTime(lockedUntil) }) : null);
  const [tone, setTone] = useState<'error' | 'info'>('error');
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  useEffect(() => setResetKey((k) => k + 1), [step]);

  const answer = (result: UnlockResult) => {
    setResetKey((k) => k + 1);
    setTone('error');
    switch (result.result) {
      case 'unlocked':
        onUnlocked(result.session);
        return;
      case 'wrong-pin':
        setMessage(t('tech.pin.wrong', { attempts: result.attemptsLeft }));
        return;
      case 'locked':
        setMessage(t('tech.pin.locked', { time: formatDateTime(result.lockedUntil) }));
        return;
      case 'weak-pin':
        setMessage(t(result.reason === 'length' ? 'tech.setPin.weak.length' : 'tech.setPin.weak.trivial'));
        setStep({ kind: 'new' });
        return;
      case 'pin-already-set':
        setMessage(t('tech.setPin.alreadySet'));
        setStep({ kind: 'enter' });
        return;
      case 'no-pin':
        setStep({ kind: 'new' });
    }
  };

  const submit = async (pin: string) => {
    if (step.kind === 'new') {
      setMessage(null);
      setStep({ kind: 'repeat', first: pin });
      return;
    }
    if (step.kind === 'repeat' && pin !== step.first) {
      setMessage(t('tech.setPin.mismatch'));
      setTone('error');
      setStep({ kind: 'new' });
      return;
    }
    setBusy(true);
    try {
      answer(step.kind === 'repeat' ? await client.technicianSetFirstPin({ pin }) : await client.technicianUnlock({ pin }));
    } catch (error) {
      setMessage(t('tech.failed', { reason: error instanceof Error ? error.message : String(error) }));
      setResetKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };

  const setting = step.kind !== 'enter';
  return (
    <section className="tech-gate" data-testid={setting ? 'tech-set-pin' : 'tech-enter-pin'} aria-labelledby="tech-pin-title">
      <p className="tech-gate__kicker">{t('tech.title')}</p>
      {setting && <p className="tech-gate__help">{t('tech.setPin.help')}</p>}
      <PinPad
        title={step.kind === 'enter' ? t('tech.pin.title') : step.kind === 'new' ? t('tech.setPin.first') : t('tech.setPin.repeat')}
        message={message}
        messageTone={tone}
        submitLabel={step.kind === 'enter' ? t('tech.pin.submit') : step.kind === 'new' ? t('tech.next') : t('tech.save')}
        busy={busy}
        onSubmit={(pin) => void submit(pin)}
        onCancel={onCancel}
        resetKey={resetKey}
      />
    </section>
  );
}

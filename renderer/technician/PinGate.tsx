import { useEffect, useState } from 'react';
import type { UnlockResult } from '../../shared/contract/index.ts';
import { formatDateTime } from '../../shared/i18n/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PinPad } from './PinPad.tsx';

/** `kiosk config reset-pin` prints ten digits (electron/technician/setup-code.ts). */
const SETUP_CODE_LENGTH = 10;

interface PinGateProps {
  client: KioskClient;
  /** A PIN exists: enter it. None yet (first run): the setup code from a shell, then a new PIN, twice. */
  pinSet: boolean;
  /** No PIN, and `kiosk config reset-pin` printed a setup code that waits to be typed. */
  setupCodeIssued: boolean;
  /** The lockout still running when technician mode was opened. */
  lockedUntil: string | null;
  onUnlocked: (session: string) => void;
  onCancel: () => void;
}

type Step = { kind: 'enter' } | { kind: 'setup-code' } | { kind: 'new'; setupCode: string } | { kind: 'repeat'; setupCode: string; first: string };

/**
 * Enter the technician PIN, or, on a kiosk without one, prove a technician is here with the
 * one-time setup code a shell printed, then choose the PIN (entered twice).
 */
export function PinGate({ client, pinSet, setupCodeIssued, lockedUntil, onUnlocked, onCancel }: PinGateProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>(pinSet ? { kind: 'enter' } : { kind: 'setup-code' });
  const [message, setMessage] = useState<string | null>(
    lockedUntil ? t('tech.pin.locked', { time: formatDateTime(lockedUntil) }) : !pinSet && !setupCodeIssued ? t('tech.setupCode.none') : null,
  );
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
        setStep((s) => ({ kind: 'new', setupCode: s.kind === 'repeat' || s.kind === 'new' ? s.setupCode : '' }));
        return;
      case 'wrong-setup-code':
        setMessage(t('tech.setupCode.wrong', { attempts: result.attemptsLeft }));
        setStep({ kind: 'setup-code' });
        return;
      case 'no-setup-code':
        setMessage(t('tech.setupCode.none'));
        setStep({ kind: 'setup-code' });
        return;
      case 'pin-already-set':
        setMessage(t('tech.setPin.alreadySet'));
        setStep({ kind: 'enter' });
        return;
      case 'no-pin':
        setStep({ kind: 'setup-code' });
    }
  };

  const submit = async (pin: string) => {
    if (step.kind === 'setup-code') {
      setTone('error');
      if (pin.length !== SETUP_CODE_LENGTH) {
        setMessage(t('tech.setupCode.length'));
        setResetKey((k) => k + 1);
        return;
      }
      setMessage(null);
      setStep({ kind: 'new', setupCode: pin });
      return;
    }
    if (step.kind === 'new') {
      setMessage(null);
      setStep({ kind: 'repeat', setupCode: step.setupCode, first: pin });
      return;
    }
    if (step.kind === 'repeat' && pin !== step.first) {
      setMessage(t('tech.setPin.mismatch'));
      setTone('error');
      setStep({ kind: 'new', setupCode: step.setupCode });
      return;
    }
    setBusy(true);
    try {
      answer(step.kind === 'repeat' ? await client.technicianSetFirstPin({ pin, setupCode: step.setupCode }) : await client.technicianUnlock({ pin }));
    } catch (error) {
      setMessage(t('tech.failed', { reason: error instanceof Error ? error.message : String(error) }));
      setResetKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  };

  const setting = step.kind !== 'enter';
  const titles: Record<Step['kind'], string> = {
    enter: t('tech.pin.title'),
    'setup-code': t('tech.setupCode.title'),
    new: t('tech.setPin.first'),
    repeat: t('tech.setPin.repeat'),
  };
  return (
    <section className="tech-gate" data-testid={setting ? 'tech-set-pin' : 'tech-enter-pin'} data-step={step.kind} aria-labelledby="tech-pin-title">
      <p className="tech-gate__kicker">{t('tech.title')}</p>
      {setting && <p className="tech-gate__help">{t(step.kind === 'setup-code' ? 'tech.setupCode.help' : 'tech.setPin.help')}</p>}
      <PinPad
        title={titles[step.kind]}
        reveal={step.kind === 'setup-code'}
        message={message}
        messageTone={tone}
        submitLabel={step.kind === 'enter' ? t('tech.pin.submit') : step.kind === 'repeat' ? t('tech.save') : t('tech.next')}
        busy={busy}
        onSubmit={(pin) => void submit(pin)}
        onCancel={onCancel}
        resetKey={resetKey}
      />
    </section>
  );
}

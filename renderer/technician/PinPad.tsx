import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { PIN_MAX_LENGTH } from '../../shared/contract/index.ts';
import { BackspaceIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

interface PinPadProps {
  title: string;
  /** Why the last PIN was not taken, or where the flow is (shown above the pad). */
  message: string | null;
  messageTone?: 'error' | 'info';
  submitLabel: string;
  busy: boolean;
  onSubmit: (pin: string) => void;
  onCancel: () => void;
  /** Changes when the pad must start empty again (next step, wrong PIN). */
  resetKey: number;
  /** Show the digits typed (a setup code read from a shell's output), not dots. */
  reveal?: boolean;
}

/** A number pad for the technician PIN: digits shown as dots, a physical keyboard works too. */
export function PinPad({ title, message, messageTone = 'error', submitLabel, busy, onSubmit, onCancel, resetKey, reveal = false }: PinPadProps) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  useEffect(() => setPin(''), [resetKey]);

  const add = (digit: string) => setPin((p) => (p.length < PIN_MAX_LENGTH ? p + digit : p));
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (pin.length > 0 && !busy) onSubmit(pin);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) add(event.key);
      else if (event.key === 'Backspace') setPin((p) => p.slice(0, -1));
      else if (event.key === 'Enter') submit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <form className="tech-pin" onSubmit={submit} data-testid="tech-pin">
      <h2 className="tech-pin__title" id="tech-pin-title">
        {title}
      </h2>
      {reveal ? (
        <p className="tech-pin__digits" role="status" data-testid="tech-pin-digits">
          {pin.replace(/(\d{5})(?=\d)/, '$1 ') || '\u00a0'}
        </p>
      ) : (
        <p className="tech-pin__dots" role="status" aria-label={t('tech.pin.entered', { count: pin.length })} data-testid="tech-pin-dots">
          {Array.from({ length: Math.max(6, pin.length) }, (_, i) => (
            <span key={i} className={`tech-pin__dot ${i < pin.length ? 'tech-pin__dot--on' : ''}`} />
          ))}
        </p>
      )}
      <p className={`tech-pin__message tech-pin__message--${messageTone}`} role={messageTone === 'error' ? 'alert' : 'status'} data-testid="tech-pin-message">
        {message}
      </p>
      <div className="tech-pin__keys" data-repeat-taps role="group" aria-label={t('tech.pin.digits')}>
        {DIGITS.map((d) => (
          <button key={d} type="button" className="tech-pin__key" data-testid={`tech-pin-key-${d}`} onClick={() => add(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="tech-pin__key tech-pin__key--edit" data-testid="tech-pin-clear" onClick={() => setPin('')}>
          {t('tech.pin.clear')}
        </button>
        <button type="button" className="tech-pin__key" data-testid="tech-pin-key-0" onClick={() => add('0')}>
          0
        </button>
        <button type="button" className="tech-pin__key tech-pin__key--edit" data-testid="tech-pin-backspace" aria-label={t('tech.pin.backspaceLabel')} onClick={() => setPin((p) => p.slice(0, -1))}>
          <BackspaceIcon className="btn__icon" />
        </button>
      </div>
      <div className="tech-pin__actions">
        <button type="button" className="btn btn--large" data-testid="tech-pin-cancel" onClick={onCancel}>
          {t('tech.cancel')}
        </button>
        <button type="submit" className="btn btn--primary btn--large" data-testid="tech-pin-submit" disabled={pin.length === 0 || busy}>
          {busy ? t('tech.pin.checking') : submitLabel}
        </button>
      </div>
    </form>
  );
}

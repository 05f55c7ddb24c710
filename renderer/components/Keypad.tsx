import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { BackspaceIcon } from './icons.tsx';
import './Keypad.css';

const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', '-'];
const LETTER_KEYS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

const testIdOf = (char: string) => (char === '.' ? 'key-dot' : char === '-' ? 'key-dash' : `key-${char}`);

/** Keeps the focus (and the caret) in the code field when a key is tapped. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

interface KeypadProps {
  onChar: (char: string) => void;
  onBackspace: () => void;
  onClear: () => void;
}

/** Digits, the separators of a dossier code, and the letters of agency codes (H53…). */
export function Keypad({ onChar, onBackspace, onClear }: KeypadProps) {
  const { t } = useI18n();
  const key = (char: string, extra = '') => (
    <button key={char} type="button" className={`keypad__key ${extra}`} data-testid={testIdOf(char)} onMouseDown={keepFocus} onClick={() => onChar(char)}>
      {char}
    </button>
  );
  return (
    <div className="keypad" data-repeat-taps>
      <div className="keypad__digits" role="group" aria-label={t('manual.digits')}>
        {DIGIT_KEYS.map((c) => key(c, c === '.' || c === '-' ? 'keypad__key--sign' : ''))}
      </div>
      <div className="keypad__letters" role="group" aria-label={t('manual.letters')}>
        {LETTER_KEYS.map((c) => key(c, 'keypad__key--letter'))}
      </div>
      <div className="keypad__edit">
        <button type="button" className="btn keypad__edit-key" data-testid="key-backspace" aria-label={t('manual.backspaceLabel')} onMouseDown={keepFocus} onClick={onBackspace}>
          <BackspaceIcon className="btn__icon" />
          {t('manual.backspace')}
        </button>
        <button type="button" className="btn keypad__edit-key" data-testid="key-clear" onMouseDown={keepFocus} onClick={onClear}>
          {t('manual.clear')}
        </button>
      </div>
    </div>
  );
}

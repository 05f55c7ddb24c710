import { useState } from 'react';
import type { MouseEvent } from 'react';
import { BackspaceIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';

const LETTER_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const SYMBOL_ROWS = ['1234567890', ':/.-_@#?=&', '%+*~!$()[]', '{}<>|\\^,;\'"'];
/** Also on the letters layer: what addresses, ids and tokens use most. */
const LETTER_EXTRAS = ['.', '-', '/', ':'];

/** Keeps the focus (and caret) in the field being edited. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

interface OnScreenKeyboardProps {
  onChar: (char: string) => void;
  onBackspace: () => void;
  onDone: () => void;
}

/** A keyboard for the technician's text settings (addresses, ids, tokens, patterns), 64 px keys. */
export function OnScreenKeyboard({ onChar, onBackspace, onDone }: OnScreenKeyboardProps) {
  const { t } = useI18n();
  const [shift, setShift] = useState(false);
  const [symbols, setSymbols] = useState(false);
  const rows = symbols ? SYMBOL_ROWS : LETTER_ROWS;
  const key = (char: string) => {
    const shown = shift && !symbols ? char.toUpperCase() : char;
    return (
      <button key={char} type="button" className="tech-kb__key" data-testid={`tech-kb-${shown}`} onMouseDown={keepFocus} onClick={() => onChar(shown)}>
        {shown}
      </button>
    );
  };
  return (
    <div className="tech-kb" data-repeat-taps role="group" aria-label={t('tech.kb.label')} data-testid="tech-kb">
      {rows.map((row, i) => (
        <div key={i} className="tech-kb__row">
          {[...row].map(key)}
          {!symbols && i === 3 && LETTER_EXTRAS.map(key)}
        </div>
      ))}
      <div className="tech-kb__row">
        {!symbols && (
          <button type="button" className="tech-kb__key tech-kb__key--wide" aria-pressed={shift} onMouseDown={keepFocus} onClick={() => setShift((s) => !s)}>
            {t('tech.kb.shift')}
          </button>
        )}
        <button type="button" className="tech-kb__key tech-kb__key--wide" onMouseDown={keepFocus} onClick={() => setSymbols((s) => !s)}>
          {symbols ? t('tech.kb.letters') : t('tech.kb.symbols')}
        </button>
        <button type="button" className="tech-kb__key tech-kb__key--space" data-testid="tech-kb-space" onMouseDown={keepFocus} onClick={() => onChar(' ')}>
          {t('tech.kb.space')}
        </button>
        <button type="button" className="tech-kb__key tech-kb__key--wide" aria-label={t('tech.kb.backspace')} onMouseDown={keepFocus} onClick={onBackspace}>
          <BackspaceIcon className="btn__icon" />
        </button>
        <button type="button" className="tech-kb__key tech-kb__key--wide tech-kb__key--done" onMouseDown={keepFocus} onClick={onDone}>
          {t('tech.kb.done')}
        </button>
      </div>
    </div>
  );
}

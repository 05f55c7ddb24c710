import { useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { deleteTypedChar, formatTypedCode, typedAfterEdit } from '../../shared/receipt-code/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { HomeIcon, SearchIcon } from '../components/icons.tsx';
import { Keypad } from '../components/Keypad.tsx';
import './ManualEntryScreen.css';

const MAX_CODE_LENGTH = 64;

/** What a dossier code can hold; anything else typed on a physical keyboard is dropped. */
const cleanCode = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^0-9A-Z.\-/]/g, '')
    .slice(0, MAX_CODE_LENGTH);

interface ManualEntryProps {
  onSubmit: (code: string) => void;
  onBack: () => void;
}

/**
 * Typing the dossier code: the on-screen keypad, or a keyboard if the kiosk has one. The field
 * is a real input (inputMode none, so no system keyboard pops up over the keypad) and puts in
 * the code's dots and dashes itself (formatTypedCode).
 */
export function ManualEntryScreen({ onSubmit, onBack }: ManualEntryProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const code = formatTypedCode(typed);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.length > 0) onSubmit(code);
  };

  return (
    <section className="manual" data-testid="screen-manual" aria-labelledby="manual-title">
      <div className="manual__top">
        <button type="button" className="btn" data-testid="nav-home" onClick={onBack}>
          <HomeIcon className="btn__icon" />
          {t('nav.home')}
        </button>
        <h2 id="manual-title" className="manual__title">
          {t('manual.title')}
        </h2>
      </div>
      <p className="manual__help">
        {t('manual.help')} <span className="manual__example">{t('manual.example')}</span>
      </p>
      <p className="manual__help" data-testid="manual-auto-separators">
        {t('manual.autoSeparators')}
      </p>
      <form className="manual__form" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="manual-code">
          {t('manual.inputLabel')}
        </label>
        <input
          id="manual-code"
          className="manual__input"
          data-testid="manual-input"
          value={code}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setTyped(typedAfterEdit(code, cleanCode(e.target.value)))}
          inputMode="none"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={MAX_CODE_LENGTH}
          placeholder={t('manual.inputLabel')}
          autoFocus
        />
        <button type="submit" className="btn btn--primary btn--large manual__submit" data-testid="manual-submit" disabled={code.length === 0}>
          <SearchIcon className="btn__icon" />
          {t('manual.submit')}
        </button>
      </form>
      <Keypad
        onChar={(char) => setTyped((c) => cleanCode(c + char))}
        onBackspace={() => setTyped(deleteTypedChar)}
        onClear={() => setTyped('')}
      />
    </section>
  );
}

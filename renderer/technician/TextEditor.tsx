import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { OnScreenKeyboard } from './OnScreenKeyboard.tsx';

interface TextEditorProps {
  id: string;
  label: string;
  initial: string;
  /** Hidden while typed (the kiosk token). */
  secret?: boolean;
  hint?: string | null;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** Edits one text setting: a real field (a USB keyboard works) with the on-screen keyboard below. */
export function TextEditor({ id, label, initial, secret = false, hint = null, onSave, onCancel }: TextEditorProps) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const input = useRef<HTMLInputElement>(null);

  const insert = (char: string) => {
    const field = input.current;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + char + text.slice(end));
    requestAnimationFrame(() => field?.setSelectionRange(start + char.length, start + char.length));
  };
  const backspace = () => {
    const field = input.current;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    const from = start === end ? Math.max(0, start - 1) : start;
    setText(text.slice(0, from) + text.slice(end));
    requestAnimationFrame(() => field?.setSelectionRange(from, from));
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onSave(text);
  };

  return (
    <form className="tech-editor" onSubmit={submit} data-testid={`tech-editor-${id}`}>
      <label className="tech-editor__label" htmlFor={`tech-input-${id}`}>
        {label}
      </label>
      <input
        ref={input}
        id={`tech-input-${id}`}
        className="tech-editor__input"
        data-testid={`tech-input-${id}`}
        type={secret ? 'password' : 'text'}
        value={text}
        onChange={(event) => setText(event.target.value)}
        inputMode="none"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        autoFocus
      />
      {hint && <p className="tech-editor__hint">{hint}</p>}
      <OnScreenKeyboard onChar={insert} onBackspace={backspace} onDone={() => submit()} />
      <div className="tech-editor__actions">
        <button type="button" className="btn btn--large" data-testid={`tech-cancel-${id}`} onClick={onCancel}>
          {t('tech.cancel')}
        </button>
        <button type="submit" className="btn btn--primary btn--large" data-testid={`tech-save-${id}`}>
          {t('tech.save')}
        </button>
      </div>
    </form>
  );
}

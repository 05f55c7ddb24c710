import { memo, useMemo } from 'react';
import type { MouseEvent } from 'react';
import Keyboard from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';
import { KEY_BACKSPACE, KEY_CLEAR } from './keyboard-rows.ts';
import './KioskKeyboard.css';

const NO_TEST_IDS: Record<string, string> = {};

/** Keeps the focus (and the caret) in the field when a key is tapped. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

interface KioskKeyboardProps {
  rows: readonly string[];
  /** Key caps for buttons whose name is not what they show ({bksp} → "Xóa"). */
  display: Record<string, string>;
  onKey: (button: string) => void;
  label: string;
  testId: string;
  /** The wide key of the last row (space, or the code's dash). */
  wideKey: string;
  /** data-testid per button, for keyboards whose tests name their keys. */
  keyTestIds?: Record<string, string>;
  /** The screen's own class, for where it places the keyboard. */
  className?: string;
}

/**
 * The citizen's on-screen keyboard (react-simple-keyboard), kiosk-sized: every key at least
 * 64 px, digits tinted, Delete and Clear framed. It reports taps only; the text lives in the
 * screen that shows it.
 */
export const KioskKeyboard = memo(function KioskKeyboard({ rows, display, onKey, label, testId, wideKey, keyTestIds = NO_TEST_IDS, className = '' }: KioskKeyboardProps) {
  const layout = useMemo(() => ({ default: [...rows] }), [rows]);
  const buttonAttributes = useMemo(
    () => Object.entries(keyTestIds).map(([button, id]) => ({ attribute: 'data-testid', value: id, buttons: button })),
    [keyTestIds],
  );
  return (
    <div className={`kiosk-keyboard ${className}`} data-repeat-taps role="group" aria-label={label} data-testid={testId} onMouseDown={keepFocus}>
      <Keyboard
        layout={layout}
        layoutName="default"
        display={display}
        onKeyPress={(button: string) => onKey(button)}
        useButtonTag
        disableButtonHold
        theme="hg-theme-default kiosk-keyboard__keys"
        buttonAttributes={buttonAttributes}
        buttonTheme={[
          { class: 'kiosk-keyboard__fn kiosk-keyboard__backspace', buttons: KEY_BACKSPACE },
          { class: 'kiosk-keyboard__fn kiosk-keyboard__clear', buttons: KEY_CLEAR },
          { class: 'kiosk-keyboard__wide', buttons: wideKey },
          { class: 'kiosk-keyboard__digit', buttons: '1 2 3 4 5 6 7 8 9 0 .' },
        ]}
      />
    </div>
  );
});

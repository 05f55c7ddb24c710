import { memo, useMemo } from 'react';
import type { MouseEvent } from 'react';
import Keyboard from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';
import { useI18n } from '../i18n/I18nContext.tsx';
import { KEY_BACKSPACE, KEY_CLEAR, KEY_SPACE, SEARCH_KEYBOARD_ROWS } from './search-keys.ts';
import './SearchKeyboard.css';

/** Keeps the focus (and the caret) in the search field when a key is tapped. */
const keepFocus = (event: MouseEvent) => event.preventDefault();

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/**
 * The on-screen keyboard of the search (react-simple-keyboard): letters as on the keyboards
 * people know, digits and the dot for procedure codes, space, delete and clear. It reports
 * taps only; the query itself lives in the search screen.
 */
export const SearchKeyboard = memo(function SearchKeyboard({ onKey }: { onKey: (button: string) => void }) {
  const { t } = useI18n();
  const display = useMemo(
    () => ({
      // Key caps in capitals, as printed on keyboards; the letter typed is lower case.
      ...Object.fromEntries(LETTERS.map((letter) => [letter, letter.toUpperCase()])),
      [KEY_BACKSPACE]: t('procedures.keyBackspace'),
      [KEY_SPACE]: t('procedures.keySpace'),
      [KEY_CLEAR]: t('procedures.keyClear'),
    }),
    [t],
  );
  const layout = useMemo(() => ({ default: [...SEARCH_KEYBOARD_ROWS] }), []);
  return (
    <div className="search-keyboard" data-repeat-taps role="group" aria-label={t('procedures.keyboard')} data-testid="search-keyboard" onMouseDown={keepFocus}>
      <Keyboard
        layout={layout}
        layoutName="default"
        display={display}
        onKeyPress={(button: string) => onKey(button)}
        useButtonTag
        disableButtonHold
        theme="hg-theme-default search-keyboard__keys"
        buttonTheme={[
          { class: 'search-keyboard__fn search-keyboard__backspace', buttons: KEY_BACKSPACE },
          { class: 'search-keyboard__fn search-keyboard__clear', buttons: KEY_CLEAR },
          { class: 'search-keyboard__space', buttons: KEY_SPACE },
          { class: 'search-keyboard__digit', buttons: '1 2 3 4 5 6 7 8 9 0 .' },
        ]}
      />
    </div>
  );
});

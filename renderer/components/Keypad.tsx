import { memo, useMemo } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { keyboardRows, KEY_BACKSPACE, KEY_CLEAR } from './keyboard-rows.ts';
import { KioskKeyboard } from './KioskKeyboard.tsx';

/** The code's dash takes the place of the search's space bar (the field puts dashes in itself). */
const KEY_DASH = '-';
const ROWS = keyboardRows({ upperCase: true, wideKey: KEY_DASH });

const testIdOf = (button: string) =>
  button === '.' ? 'key-dot' : button === KEY_DASH ? 'key-dash' : button === KEY_BACKSPACE ? 'key-backspace' : button === KEY_CLEAR ? 'key-clear' : `key-${button}`;
const KEY_TEST_IDS = Object.fromEntries(ROWS.flatMap((row) => row.split(' ')).map((button) => [button, testIdOf(button)]));

interface KeypadProps {
  onChar: (char: string) => void;
  onBackspace: () => void;
  onClear: () => void;
}

/** Code entry's keyboard: the same layout as the search's, in capitals, with the dash for the space bar. */
export const Keypad = memo(function Keypad({ onChar, onBackspace, onClear }: KeypadProps) {
  const { t } = useI18n();
  const display = useMemo(() => ({ [KEY_BACKSPACE]: t('manual.backspace'), [KEY_CLEAR]: t('manual.clear') }), [t]);
  const onKey = (button: string) => {
    if (button === KEY_BACKSPACE) onBackspace();
    else if (button === KEY_CLEAR) onClear();
    else onChar(button);
  };
  return (
    <KioskKeyboard
      className="keypad"
      rows={ROWS}
      display={display}
      onKey={onKey}
      label={t('manual.keyboard')}
      testId="keypad"
      wideKey={KEY_DASH}
      keyTestIds={KEY_TEST_IDS}
    />
  );
});

import { memo, useMemo } from 'react';
import { KioskKeyboard } from '../components/KioskKeyboard.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { KEY_BACKSPACE, KEY_CLEAR, KEY_SPACE, SEARCH_KEYBOARD_ROWS } from './search-keys.ts';

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/**
 * The search's on-screen keyboard: the citizen's one keyboard layout (KioskKeyboard) with a
 * space bar; letters typed in lower case, digits and the dot for procedure codes.
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
  return (
    <KioskKeyboard
      className="search-keyboard"
      rows={SEARCH_KEYBOARD_ROWS}
      display={display}
      onKey={onKey}
      label={t('procedures.keyboard')}
      testId="search-keyboard"
      wideKey={KEY_SPACE}
    />
  );
});

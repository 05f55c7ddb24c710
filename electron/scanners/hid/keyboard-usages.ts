/**
 * The US keyboard layout by HID usage (Keyboard/Keypad page 0x07): what a scanner in USB
 * keyboard mode means by each key it "presses". Scanners are set to a US layout by default;
 * the kiosk reads their reports, not the OS's idea of the layout.
 */
type KeyPair = readonly [plain: string, shifted: string];

const KEYS = new Map<number, KeyPair>();
for (let i = 0; i < 26; i++) {
  const letter = String.fromCharCode(0x61 + i);
  KEYS.set(0x04 + i, [letter, letter.toUpperCase()]);
}
const DIGITS = '1234567890';
const DIGITS_SHIFTED = '!@#$%^&*()';
for (let i = 0; i < 10; i++) KEYS.set(0x1e + i, [DIGITS[i]!, DIGITS_SHIFTED[i]!]);
const PUNCTUATION: [number, string, string][] = [
  [0x2c, ' ', ' '], [0x2d, '-', '_'], [0x2e, '=', '+'], [0x2f, '[', '{'], [0x30, ']', '}'],
  [0x31, '\\', '|'], [0x32, '#', '~'], [0x33, ';', ':'], [0x34, "'", '"'], [0x35, '`', '~'],
  [0x36, ',', '<'], [0x37, '.', '>'], [0x38, '/', '?'], [0x64, '\\', '|'],
];
for (const [usage, plain, shifted] of PUNCTUATION) KEYS.set(usage, [plain, shifted]);
const KEYPAD: [number, string][] = [
  [0x54, '/'], [0x55, '*'], [0x56, '-'], [0x57, '+'], [0x62, '0'], [0x63, '.'],
  ...Array.from({ length: 9 }, (_, i): [number, string] => [0x59 + i, String(i + 1)]),
];
for (const [usage, char] of KEYPAD) KEYS.set(usage, [char, char]);

const ENTER = 0x28;
const KEYPAD_ENTER = 0x58;
const TAB = 0x2b;

// With Ctrl held, a scanner sends the ASCII control characters (GS as Ctrl+], as GS1 codes need).
const CONTROL_BY_CHARACTER: Record<string, number> = { '[': 0x1b, '\\': 0x1c, ']': 0x1d, '^': 0x1e, '6': 0x1e, '_': 0x1f, '-': 0x1f, '@': 0x00, '2': 0x00 };

export type KeyMeaning = { kind: 'char'; char: string } | { kind: 'terminator'; key: 'enter' | 'tab' } | { kind: 'none' };

export interface KeyModifiers {
  shift: boolean;
  ctrl: boolean;
  /** Alt or GUI: a shortcut, not text. */
  other: boolean;
}

export function meaningOfUsage(usage: number, modifiers: KeyModifiers): KeyMeaning {
  if (modifiers.other) return { kind: 'none' };
  if (usage === ENTER || usage === KEYPAD_ENTER) return { kind: 'terminator', key: 'enter' };
  if (usage === TAB) return { kind: 'terminator', key: 'tab' };
  const pair = KEYS.get(usage);
  if (!pair) return { kind: 'none' };
  const char = modifiers.shift ? pair[1] : pair[0];
  if (!modifiers.ctrl) return { kind: 'char', char };
  const lower = char.toLowerCase();
  if (lower >= 'a' && lower <= 'z') return { kind: 'char', char: String.fromCharCode(lower.charCodeAt(0) - 0x60) };
  const control = CONTROL_BY_CHARACTER[char];
  return control === undefined ? { kind: 'none' } : { kind: 'char', char: String.fromCharCode(control) };
}

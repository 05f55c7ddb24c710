/**
 * The US keyboard layout by physical key (`KeyboardEvent.code`): what a keyboard-wedge scanner
 * means when it presses a key, whatever layout or input method the kiosk has active. A French
 * layout turns KeyQ into "a" and Vietnamese Telex turns "dd" into "đ" in `event.key`, but
 * `event.code` and Shift are what the scanner actually sent.
 */
type KeyPair = readonly [plain: string, shifted: string];

const PUNCTUATION: Record<string, KeyPair> = {
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  IntlBackslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Backquote: ['`', '~'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
};

/** Numeric keypad keys give the same character with or without Shift (and NumLock). */
const NUMPAD: Record<string, string> = {
  NumpadDecimal: '.',
  NumpadComma: ',',
  NumpadAdd: '+',
  NumpadSubtract: '-',
  NumpadMultiply: '*',
  NumpadDivide: '/',
  NumpadEqual: '=',
};

const DIGIT_SHIFTED = ')!@#$%^&*(';

function buildMap(): Map<string, KeyPair> {
  const map = new Map<string, KeyPair>();
  for (let i = 0; i < 26; i++) {
    const lower = String.fromCharCode(97 + i);
    map.set(`Key${lower.toUpperCase()}`, [lower, lower.toUpperCase()]);
  }
  for (let d = 0; d <= 9; d++) {
    map.set(`Digit${d}`, [String(d), DIGIT_SHIFTED[d] ?? String(d)]);
    map.set(`Numpad${d}`, [String(d), String(d)]);
  }
  for (const [code, pair] of Object.entries(PUNCTUATION)) map.set(code, pair);
  for (const [code, char] of Object.entries(NUMPAD)) map.set(code, [char, char]);
  return map;
}

const US_KEYS = buildMap();

/** Keys a scanner sends after the data (its configured suffix). */
export type Terminator = 'enter' | 'tab';
const TERMINATORS: Record<string, Terminator> = { Enter: 'enter', NumpadEnter: 'enter', Tab: 'tab' };

const MODIFIERS = new Set([
  'ShiftLeft', 'ShiftRight', 'ControlLeft', 'ControlRight', 'AltLeft', 'AltRight',
  'MetaLeft', 'MetaRight', 'CapsLock', 'NumLock', 'Fn', 'AltGraph',
]);

/** The character a US-layout key press means, or null for keys that are not characters. */
export function decodeUsKey(key: { code: string; shiftKey: boolean }): string | null {
  const pair = US_KEYS.get(key.code);
  if (!pair) return null;
  return key.shiftKey ? pair[1] : pair[0];
}

export function terminatorOf(code: string): Terminator | null {
  return TERMINATORS[code] ?? null;
}

export function isModifierCode(code: string): boolean {
  return MODIFIERS.has(code);
}

/** The key press (code + Shift) that types `char` on a US layout: what a scanner sends. */
export function usKeyForChar(char: string): { code: string; shiftKey: boolean } | null {
  for (const [code, [plain, shifted]] of US_KEYS) {
    if (code.startsWith('Numpad') || code === 'IntlBackslash') continue;
    if (plain === char) return { code, shiftKey: false };
    if (shifted === char) return { code, shiftKey: true };
  }
  return null;
}

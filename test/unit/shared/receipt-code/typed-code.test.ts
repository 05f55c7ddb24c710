import { describe, expect, it } from 'vitest';
import { deleteTypedChar, formatTypedCode, parseReceiptCode, typedAfterEdit } from '../../../../shared/receipt-code/index.ts';

describe('code entry puts in the dots and dashes', () => {
  it('shows each separator as soon as its group is complete', () => {
    const typed = '0000012H532611200009';
    const shown = Array.from(typed, (_, i) => formatTypedCode(typed.slice(0, i + 1)));
    expect(shown.slice(0, 4)).toEqual(['0', '00', '000.', '000.0']);
    expect(formatTypedCode('0000012')).toBe('000.00.12.');
    expect(formatTypedCode('0000012H5')).toBe('000.00.12.H5');
    expect(formatTypedCode('0000012H53')).toBe('000.00.12.H53-');
    expect(formatTypedCode('0000012H53261120')).toBe('000.00.12.H53-261120-');
    expect(shown.at(-1)).toBe('000.00.12.H53-261120-0009');
    expect(parseReceiptCode(shown.at(-1)!)).toMatchObject({ ok: true, code: '000.00.12.H53-261120-0009' });
  });

  it('takes the separators typed by the citizen too, and lower-case letters', () => {
    expect(formatTypedCode('000.00')).toBe('000.00.');
    expect(formatTypedCode('000..0-')).toBe('000.0');
    expect(formatTypedCode('000.00.12.h53-2611200009')).toBe('000.00.12.H53-261120-0009');
  });

  it('leaves text that cannot begin a standard code as typed (a site’s local format)', () => {
    expect(formatTypedCode('HS-2023/0012')).toBe('HS-2023/0012');
    expect(formatTypedCode('00000123')).toBe('00000123');
    expect(formatTypedCode('0000012H53261120123456789')).toBe('0000012H53261120123456789');
  });

  it('a delete takes the last letter or digit and the separator after it', () => {
    expect(formatTypedCode(deleteTypedChar('000.'))).toBe('00');
    expect(formatTypedCode(deleteTypedChar('0000012H53'))).toBe('000.00.12.H5');
    expect(deleteTypedChar('HS-2023/')).toBe('HS-2023');
    expect(deleteTypedChar('')).toBe('');
  });

  it('Backspace on a physical keyboard right after a separator deletes the digit before it', () => {
    expect(formatTypedCode(typedAfterEdit('000.', '000'))).toBe('00');
    expect(formatTypedCode(typedAfterEdit('000.0', '000.'))).toBe('000.');
    expect(typedAfterEdit('000.', '000.1')).toBe('000.1');
    expect(typedAfterEdit('HS-', 'HS')).toBe('HS');
  });
});

import { describe, expect, it } from 'vitest';
import {
  KEY_BACKSPACE,
  KEY_CLEAR,
  KEY_SPACE,
  MAX_QUERY_LENGTH,
  SEARCH_KEYBOARD_ROWS,
  applySearchKey,
  cleanTypedQuery,
  queryToSend,
} from '../../../../renderer/procedures/search-keys.ts';

const type = (keys: string[], from = '') => keys.reduce(applySearchKey, from);

describe('the search keyboard’s keys', () => {
  it('append letters, digits and the dot', () => {
    expect(type([...'khai'])).toBe('khai');
    expect(type([...'1.001193'])).toBe('1.001193');
  });

  it('space separates words, never leading or doubled', () => {
    expect(type([KEY_SPACE, ...'ket', KEY_SPACE, KEY_SPACE, ...'hon'])).toBe('ket hon');
  });

  it('delete takes the last character off, and does nothing on an empty field', () => {
    expect(type([KEY_BACKSPACE], 'khai sinh')).toBe('khai sin');
    expect(type([KEY_BACKSPACE, KEY_BACKSPACE], '')).toBe('');
  });

  it('delete takes a whole letter off text typed with diacritics on a physical keyboard', () => {
    expect(applySearchKey('kết hôn', KEY_BACKSPACE)).toBe('kết hô');
    // A letter outside the Basic Multilingual Plane is one key press, not two halves.
    expect(applySearchKey('a𝐁', KEY_BACKSPACE)).toBe('a');
  });

  it('clear empties the field', () => {
    expect(applySearchKey('khai sinh', KEY_CLEAR)).toBe('');
  });

  it('ignore a button name it does not know', () => {
    expect(applySearchKey('khai', '{shift}')).toBe('khai');
  });

  it('stop at the field’s length', () => {
    const full = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(applySearchKey(full, 'b')).toBe(full);
    expect(applySearchKey(full, KEY_SPACE)).toBe(full);
  });

  it('are laid out as letters, digits and the dot, with space, delete and clear', () => {
    const buttons = SEARCH_KEYBOARD_ROWS.flatMap((row) => row.split(' '));
    for (const letter of 'abcdefghijklmnopqrstuvwxyz0123456789.') expect(buttons).toContain(letter);
    expect(buttons).toEqual(expect.arrayContaining([KEY_SPACE, KEY_BACKSPACE, KEY_CLEAR]));
    expect(new Set(buttons).size).toBe(buttons.length);
    // No more than ten keys in a row, so each stays wide enough for a finger.
    for (const row of SEARCH_KEYBOARD_ROWS) expect(row.split(' ').length).toBeLessThanOrEqual(10);
  });
});

describe('the query', () => {
  it('typed on a physical keyboard stays one line and within the length', () => {
    expect(cleanTypedQuery('khai\nsinh\t')).toBe('khai sinh ');
    expect(cleanTypedQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('is sent with its spaces collapsed, and not at all when blank', () => {
    expect(queryToSend('  ket   hon ')).toBe('ket hon');
    expect(queryToSend('   ')).toBe('');
  });
});

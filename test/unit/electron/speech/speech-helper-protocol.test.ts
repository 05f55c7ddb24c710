import { describe, expect, it } from 'vitest';
import { parseHelperAnswer, parseHelperOptions, parseHelperRequest } from '../../../../electron/speech/speech-helper-protocol.ts';

describe('the speech helper’s messages', () => {
  it('takes the three requests and nothing else', () => {
    expect(parseHelperRequest({ kind: 'speak', id: 3, text: 'Xin chào', lang: 'vi' })).toEqual({ kind: 'speak', id: 3, text: 'Xin chào', lang: 'vi' });
    expect(parseHelperRequest({ kind: 'available', id: 1 })).toEqual({ kind: 'available', id: 1 });
    expect(parseHelperRequest({ kind: 'stop', extra: true })).toEqual({ kind: 'stop' });
    for (const garbage of [null, 'stop', 42, [], {}, { kind: 'speak', id: 1, text: 'x', lang: 'fr' }, { kind: 'speak', id: 1.5, text: 'x', lang: 'vi' }, { kind: 'speak', id: 1, text: 7, lang: 'vi' }, { kind: 'available' }, { kind: 'exec', id: 1 }]) {
      expect(parseHelperRequest(garbage)).toBeNull();
    }
  });

  it('takes the two answers and nothing else', () => {
    expect(parseHelperAnswer({ kind: 'spoken', id: 2, outcome: 'stopped' })).toEqual({ kind: 'spoken', id: 2, outcome: 'stopped' });
    expect(parseHelperAnswer({ kind: 'available', id: 1, available: false })).toEqual({ kind: 'available', id: 1, available: false });
    for (const garbage of [undefined, { kind: 'spoken', id: 2, outcome: 'maybe' }, { kind: 'available', id: 1, available: 'yes' }, { kind: 'spoken', outcome: 'spoken' }]) {
      expect(parseHelperAnswer(garbage)).toBeNull();
    }
  });

  it('reads its launch options, and falls back to the defaults for anything odd', () => {
    expect(parseHelperOptions(JSON.stringify({ wavFile: '/tmp/a.wav', wordsPerMinute: 150 }))).toEqual({ wavFile: '/tmp/a.wav', wordsPerMinute: 150 });
    expect(parseHelperOptions('{}')).toEqual({});
    expect(parseHelperOptions(undefined)).toEqual({});
    expect(parseHelperOptions('not json')).toEqual({});
    expect(parseHelperOptions(JSON.stringify({ wavFile: 5, wordsPerMinute: 10_000 }))).toEqual({});
  });
});

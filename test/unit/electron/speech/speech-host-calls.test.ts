import { afterEach, describe, expect, it } from 'vitest';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { SPEECH_MAX_CHARS } from '../../../../shared/contract/speech.ts';

describe('read-aloud host calls', () => {
  let host: KioskHost | null = null;
  afterEach(async () => {
    await host?.close();
    host = null;
  });

  it('reports espeak-ng with its Vietnamese voice, and refuses bad input with a clear message', async () => {
    host = await createKioskHost({ dbPath: ':memory:', backgroundSync: false });
    expect(await host.call('hostSpeechAvailable', { lang: 'vi' })).toEqual({ ok: true, result: { available: true } });

    const refused = async (input: unknown) => {
      const answer = await host!.call('speakText', input);
      expect(answer.ok).toBe(false);
      return answer.ok ? '' : answer.error.code;
    };
    expect(await refused({ text: 'x'.repeat(SPEECH_MAX_CHARS + 1), lang: 'vi' })).toBe('invalid-input');
    expect(await refused({ text: '   ', lang: 'vi' })).toBe('invalid-input');
    expect(await refused({ text: 'Xin chào', lang: 'fr' })).toBe('invalid-input');
    expect(await refused({ text: 42, lang: 'vi' })).toBe('invalid-input');
    expect(await refused({ text: 'Xin chào', lang: 'vi', voice: '../../etc' })).toBe('invalid-input');
  });

  it('a sentence speaks, and stopSpeaking ends whatever is still playing', async () => {
    host = await createKioskHost({ dbPath: ':memory:', backgroundSync: false });
    expect(await host.call('speakText', { text: 'Hồ sơ của ông bà đang được giải quyết, còn trong hạn.', lang: 'vi' })).toEqual({ ok: true, result: { outcome: 'speaking' } });
    expect(await host.call('speakText', { text: 'Hồ sơ đã có kết quả.', lang: 'vi' })).toEqual({ ok: true, result: { outcome: 'speaking' } });
    const stopped = await host.call('stopSpeaking', {});
    expect(stopped.ok).toBe(true);
    expect(await host.call('stopSpeaking', {})).toEqual({ ok: true, result: { stopped: false } });
  });
});

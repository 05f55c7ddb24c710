import { describe, expect, it } from 'vitest';
import { HostSpeechAvailability } from '../../../../renderer/accessibility/host-speech-availability.ts';
import type { HostSpeech } from '../../../../renderer/accessibility/HostSpeechContext.ts';

/** A host whose read-aloud answers are scripted per call, counting the asks. */
function scriptedHost(answers: Array<boolean | Error>) {
  const asked: string[] = [];
  const host: HostSpeech = {
    hostSpeechAvailable: async ({ lang }) => {
      asked.push(lang);
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return { available: next ?? false };
    },
    speakText: async () => ({ outcome: 'speaking' }),
    stopSpeaking: async () => ({ stopped: true }),
  };
  return { host, asked };
}

describe('the host read-aloud availability the result screens share', () => {
  it('is asked of the host once per language, then known at once on every later screen', async () => {
    const availability = new HostSpeechAvailability();
    const { host, asked } = scriptedHost([true, false]);
    expect(availability.known(host, 'vi')).toBeUndefined();
    const [first, second] = await Promise.all([availability.ask(host, 'vi'), availability.ask(host, 'vi')]);
    expect([first, second]).toEqual([true, true]);
    expect(availability.known(host, 'vi')).toBe(true);
    expect(await availability.ask(host, 'vi')).toBe(true);
    expect(await availability.ask(host, 'en')).toBe(false);
    expect(availability.known(host, 'en')).toBe(false);
    expect(asked).toEqual(['vi', 'en']);
  });

  it('asks again after a failed ask, and keeps one host apart from another', async () => {
    const availability = new HostSpeechAvailability();
    const flaky = scriptedHost([new Error('unreachable'), true]);
    await expect(availability.ask(flaky.host, 'vi')).rejects.toThrow('unreachable');
    expect(availability.known(flaky.host, 'vi')).toBeUndefined();
    expect(await availability.ask(flaky.host, 'vi')).toBe(true);
    expect(flaky.asked).toEqual(['vi', 'vi']);
    const other = scriptedHost([false]);
    expect(availability.known(other.host, 'vi')).toBeUndefined();
    expect(await availability.ask(other.host, 'vi')).toBe(false);
  });
});

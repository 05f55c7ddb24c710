import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EspeakSpeaker } from '../../../../electron/speech/espeak-speaker.ts';
import { statusSpeech } from '../../../../renderer/accessibility/status-speech.ts';

/** The PCM samples of a 16-bit mono WAV file (espeak-ng writes one with `-w`). */
function wavSamples(file: string): Int16Array {
  const bytes = readFileSync(file);
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    if (id === 'data') {
      const end = Math.min(bytes.length, offset + 8 + size);
      const data = bytes.subarray(offset + 8, end);
      return new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + (data.length & ~1)));
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

const rms = (samples: Int16Array) => Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / Math.max(1, samples.length));

describe('EspeakSpeaker (espeak-ng, a Debian test prerequisite)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'speech-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('speaks a dossier status sentence in Vietnamese: a WAV of audible speech, seconds long', async () => {
    const wavFile = path.join(dir, 'status.wav');
    const speaker = new EspeakSpeaker({ wavFile });
    expect(await speaker.available()).toBe(true);
    const sentence = statusSpeech('vi', { status: 5, timing: 'on-time', nextStep: { kind: 'supplement', documents: [] } });
    expect(sentence).toMatch(/bổ sung/);
    expect(await speaker.speak(sentence, 'vi')).toBe('spoken');
    const samples = wavSamples(wavFile);
    // espeak-ng writes 22 050 Hz mono: a status sentence lasts seconds, and is not silence.
    expect(samples.length / 22_050).toBeGreaterThan(1.5);
    expect(rms(samples)).toBeGreaterThan(500);
    expect(samples.filter((s) => Math.abs(s) > 4000).length).toBeGreaterThan(1000);
  });

  it('passes the text on stdin, never as an argument: a sentence that looks like options is only spoken', async () => {
    // A stand-in espeak-ng that records its arguments and its stdin.
    const fake = path.join(dir, 'espeak-ng');
    const log = path.join(dir, 'log');
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--voices=vi" ]; then echo " 5  vi  --/M  Vietnamese aav/vi"; exit 0; fi\necho "$@" > ${log}.args\ncat > ${log}.stdin\n`);
    chmodSync(fake, 0o755);
    const speaker = new EspeakSpeaker({ env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    const hostile = '-w /etc/passwd; $(reboot) `id` --version';
    expect(await speaker.speak(hostile, 'vi')).toBe('spoken');
    expect(readFileSync(`${log}.args`, 'utf8').trim()).toBe('-v vi -s 150 -b 1 --stdin');
    expect(readFileSync(`${log}.stdin`, 'utf8')).toBe(`${hostile}\n`);
  });

  it('bounds the length, speaks one sentence at a time, and stops on demand', async () => {
    const fake = path.join(dir, 'espeak-ng');
    const log = path.join(dir, 'stdin');
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--voices=vi" ]; then echo " 5  vi  --/M  Vietnamese aav/vi"; exit 0; fi\ncat > ${log}\nexec sleep 30\n`);
    chmodSync(fake, 0o755);
    const speaker = new EspeakSpeaker({ env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    const first = speaker.speak('a'.repeat(5000), 'vi');
    await expect.poll(() => readFileSync(log, 'utf8').length, { timeout: 5000 }).toBe(601);
    const second = speaker.speak('Hồ sơ của ông bà đã có kết quả.', 'vi');
    expect(await first).toBe('stopped');
    expect(speaker.stop()).toBe(true);
    expect(await second).toBe('stopped');
    expect(speaker.stop()).toBe(false);
  });

  it('a stop before the sentence has started (still asking whether espeak-ng runs) keeps it from starting', async () => {
    const fake = path.join(dir, 'espeak-ng');
    const log = path.join(dir, 'started');
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--voices=vi" ]; then echo " 5  vi  --/M  Vietnamese aav/vi"; exit 0; fi\ntouch ${log}\ncat > /dev/null\n`);
    chmodSync(fake, 0o755);
    const speaker = new EspeakSpeaker({ env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    const first = speaker.speak('Xin chào.', 'vi');
    expect(speaker.stop()).toBe(true);
    expect(await first).toBe('stopped');
    expect(speaker.stop()).toBe(false);
    // A newer sentence ends one still waiting to start, too.
    const older = speaker.speak('Câu trước.', 'vi');
    const newer = speaker.speak('Câu sau.', 'vi');
    expect(await older).toBe('stopped');
    expect(await newer).toBe('spoken');
    expect(existsSync(log)).toBe(true);
  });

  it('reports unavailable when espeak-ng is missing, and for empty text', async () => {
    const speaker = new EspeakSpeaker({ env: { ...process.env, PATH: dir } });
    expect(await speaker.available()).toBe(false);
    expect(await speaker.speak('Xin chào', 'vi')).toBe('unavailable');
    expect(await new EspeakSpeaker().speak('   ', 'vi')).toBe('unavailable');
  });
});

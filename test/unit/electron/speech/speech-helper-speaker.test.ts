import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { forkHelper } from '../../../../electron/speech/helper-process.ts';
import type { HelperLauncher } from '../../../../electron/speech/helper-process.ts';
import { SpeechHelperSpeaker } from '../../../../electron/speech/speech-helper-speaker.ts';
import { speechHelperScript } from '../../../support/speech-helper-build.ts';

/** Whether a process runs: an exited one may linger as a zombie until it is reaped (state Z). */
const alive = (pid: number | undefined) => {
  if (pid === undefined) return false;
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('SpeechHelperSpeaker: espeak-ng started from a helper process, never from the host', () => {
  let script: string;
  let dir: string;
  let speaker: SpeechHelperSpeaker | null = null;
  const logged: string[] = [];
  beforeAll(async () => {
    script = await speechHelperScript();
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'speech-helper-'));
    logged.length = 0;
  });
  afterEach(() => {
    speaker?.close();
    speaker = null;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in espeak-ng that writes its parent's pid and its stdin, then lasts `seconds`. */
  function standIn(seconds = 0): NodeJS.ProcessEnv {
    const fake = path.join(dir, 'espeak-ng');
    writeFileSync(
      fake,
      `#!/bin/sh\nif [ "$1" = "--voices=vi" ]; then echo " 5  vi  --/M  Vietnamese aav/vi"; exit 0; fi\necho $PPID >> ${dir}/parents\ncat > ${dir}/stdin\nexec sleep ${seconds}\n`,
    );
    chmodSync(fake, 0o755);
    return { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` };
  }
  const parents = () => readFileSync(path.join(dir, 'parents'), 'utf8').trim().split('\n').map(Number);
  const make = (env: NodeJS.ProcessEnv | undefined, launch: HelperLauncher = forkHelper, wavFile?: string) =>
    (speaker = new SpeechHelperSpeaker({ script, launch, env, wavFile, log: (message) => logged.push(message) }));

  it('speaks a Vietnamese sentence with the real espeak-ng: a WAV of seconds of sound, written by the helper', async () => {
    const wavFile = path.join(dir, 'status.wav');
    const s = make(undefined, forkHelper, wavFile);
    const helper = s.helperPid;
    expect(helper).toBeGreaterThan(0);
    expect(helper).not.toBe(process.pid);
    expect(await s.available()).toBe(true);
    expect(await s.speak('Hồ sơ của ông bà đang được giải quyết, còn trong hạn.', 'vi')).toBe('spoken');
    // 22 050 Hz, 16-bit mono: more than a second of it.
    expect(statSync(wavFile).size).toBeGreaterThan(44 + 2 * 22_050);
    expect(s.helperPid).toBe(helper);
  });

  it('starts espeak-ng from the helper, with the sentence on stdin', async () => {
    const s = make(standIn());
    expect(await s.speak('Xin chào -w /etc/passwd', 'vi')).toBe('spoken');
    expect(await s.speak('Hồ sơ đã có kết quả.', 'vi')).toBe('spoken');
    expect(parents()).toEqual([s.helperPid, s.helperPid]);
    expect(parents()).not.toContain(process.pid);
    expect(readFileSync(path.join(dir, 'stdin'), 'utf8')).toBe('Hồ sơ đã có kết quả.\n');
  });

  it('stops the sentence playing, and says whether one was', async () => {
    const s = make(standIn(30));
    const speaking = s.speak('Hồ sơ của ông bà đang được giải quyết.', 'vi');
    await expect.poll(() => existsSync(path.join(dir, 'parents')), { timeout: 5000 }).toBe(true);
    expect(s.stop()).toBe(true);
    expect(await speaking).toBe('stopped');
    expect(s.stop()).toBe(false);
  });

  it('a helper killed mid-sentence: that sentence is unavailable, the next one starts a new helper', async () => {
    const s = make(standIn(30));
    const first = s.helperPid!;
    const speaking = s.speak('Một câu dài.', 'vi');
    await expect.poll(() => existsSync(path.join(dir, 'parents')), { timeout: 5000 }).toBe(true);
    process.kill(first, 'SIGKILL');
    expect(await speaking).toBe('unavailable');
    expect(logged).toEqual(['speech helper ended; it starts again at the next sentence']);
    const next = s.speak('Câu sau.', 'vi');
    await expect.poll(() => parents().length, { timeout: 5000 }).toBe(2);
    expect(s.helperPid).not.toBe(first);
    expect(parents()[1]).toBe(s.helperPid);
    s.stop();
    expect(await next).toBe('stopped');
  });

  it('a helper that keeps ending leaves read-aloud to the host itself, which still speaks', async () => {
    const s = make(standIn());
    for (let i = 0; i < 3; i += 1) {
      // After the first, each helper is launched by the next question.
      if (s.helperPid === undefined) expect(await s.available()).toBe(true);
      process.kill(s.helperPid!, 'SIGKILL');
      await expect.poll(() => s.helperPid, { timeout: 5000 }).toBeUndefined();
    }
    expect(logged.at(-1)).toBe('speech helper keeps ending; speaking from the host');
    expect(await s.speak('Xin chào.', 'vi')).toBe('spoken');
    expect(parents()).toEqual([process.pid]);
  });

  it('a stop in the same tick as the sentence it stops: the sentence is stopped, and nothing of it plays on', async () => {
    const s = make(standIn(3));
    expect(await s.available()).toBe(true);
    const speaking = s.speak('Hồ sơ đã có kết quả.', 'vi');
    expect(s.stop()).toBe(true);
    expect(await speaking).toBe('stopped');
    // When the helper reads both messages at once, espeak-ng never starts (espeak-speaker.test.ts
    // holds that in one process); when the channel hands them over apart, it starts and is stopped.
    // Either way the helper answered only once its espeak-ng, if any, had ended: it has no child left.
    const helper = s.helperPid!;
    await expect.poll(() => readFileSync(`/proc/${helper}/task/${helper}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number).filter(alive), { timeout: 2000 }).toEqual([]);
  });

  it('a helper that never answers: read-aloud is unavailable after the deadline, and asked again next time', async () => {
    const silent = path.join(dir, 'silent-helper.cjs');
    writeFileSync(silent, 'process.on("message", () => {}); setInterval(() => {}, 1000);\n');
    const s = new SpeechHelperSpeaker({ script: silent, launch: forkHelper, availableDeadlineMs: 200 });
    speaker = s;
    expect(await s.available()).toBe(false);
    expect(await s.available()).toBe(false);
  });

  it('helper ends far apart never add up to the fallback: the count starts again after ten quiet minutes', async () => {
    let clock = 0;
    const s = new SpeechHelperSpeaker({ script, launch: forkHelper, env: standIn(), log: (message) => logged.push(message), now: () => clock });
    speaker = s;
    for (let i = 0; i < 5; i += 1) {
      if (s.helperPid === undefined) expect(await s.available()).toBe(true);
      process.kill(s.helperPid!, 'SIGKILL');
      await expect.poll(() => s.helperPid, { timeout: 5000 }).toBeUndefined();
      clock += 11 * 60_000;
    }
    expect(logged).not.toContain('speech helper keeps ending; speaking from the host');
    expect(await s.speak('Xin chào.', 'vi')).toBe('spoken');
    expect(parents()).toEqual([s.helperPid]);
  });

  it('a launcher that throws: read-aloud from the host at once, with a log line', async () => {
    const s = make(standIn(), () => {
      throw new Error('no utility process');
    });
    expect(s.helperPid).toBeUndefined();
    expect(logged).toEqual(['speech helper could not start; speaking from the host']);
    expect(await s.available()).toBe(true);
    expect(await s.speak('Xin chào.', 'vi')).toBe('spoken');
    expect(parents()).toEqual([process.pid]);
  });

  it('a host killed outright mid-sentence leaves nothing behind: the helper stops espeak-ng and ends', async () => {
    const fake = path.join(dir, 'espeak-ng');
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--voices=vi" ]; then echo " 5  vi  --/M  Vietnamese aav/vi"; exit 0; fi\necho $$ > ${dir}/speaking\ncat > /dev/null\nexec sleep 30\n`);
    chmodSync(fake, 0o755);
    // A stand-in host: launches the helper as the kiosk does, asks for a sentence, says the helper's pid, then waits to be killed.
    const hostScript = `const c = require('node:child_process').fork(${JSON.stringify(script)}, ['{}'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      c.send({ kind: 'speak', id: 1, text: 'Một câu dài.', lang: 'vi' }); console.log(c.pid); setInterval(() => {}, 1000);`;
    const host = spawn(process.execPath, ['-e', hostScript], { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` } });
    const helper = Number(await new Promise<string>((resolve) => host.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
    await expect.poll(() => existsSync(path.join(dir, 'speaking')), { timeout: 5000 }).toBe(true);
    const espeak = Number(readFileSync(path.join(dir, 'speaking'), 'utf8'));
    expect(alive(helper) && alive(espeak)).toBe(true);
    host.kill('SIGKILL');
    await expect.poll(() => alive(helper) || alive(espeak), { timeout: 5000 }).toBe(false);
  });

  it('close() ends the helper and the sentence it was speaking', async () => {
    const s = make(standIn(30));
    const helper = s.helperPid;
    const speaking = s.speak('Một câu dài.', 'vi');
    await expect.poll(() => existsSync(path.join(dir, 'parents')), { timeout: 5000 }).toBe(true);
    s.close();
    expect(await speaking).toBe('unavailable');
    await expect.poll(() => alive(helper), { timeout: 5000 }).toBe(false);
    expect(logged).toEqual([]);
  });
});

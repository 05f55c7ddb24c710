import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskHost } from '../../../../electron/host/kiosk-host.ts';
import type { KioskHost } from '../../../../electron/host/kiosk-host.types.ts';
import { SPEECH_MAX_CHARS } from '../../../../shared/contract/speech.ts';
import { speechHelperScript } from '../../../support/speech-helper-build.ts';

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

  it('with the speech helper bundled, espeak-ng is started by the helper, never by the host; closing the host ends it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'speech-host-'));
    const fake = path.join(dir, 'espeak-ng');
    writeFileSync(fake, `#!/bin/sh\nif [ "$1" = "--voices=vi" ]; then echo " 5  vi  --/M  Vietnamese aav/vi"; exit 0; fi\necho $PPID >> ${dir}/parents\ncat > /dev/null\n`);
    chmodSync(fake, 0o755);
    const savedPath = process.env.PATH;
    // The helper takes the host's environment when it is launched, with the host.
    process.env.PATH = `${dir}:${savedPath ?? ''}`;
    try {
      host = await createKioskHost({ dbPath: ':memory:', backgroundSync: false, speechHelperScript: await speechHelperScript() });
    } finally {
      process.env.PATH = savedPath;
    }
    const helpers = () => childPids().filter((pid) => commandLine(pid).includes('speech-helper'));
    expect(helpers()).toHaveLength(1);
    expect(await host.call('hostSpeechAvailable', { lang: 'vi' })).toEqual({ ok: true, result: { available: true } });
    expect(await host.call('speakText', { text: 'Hồ sơ đã có kết quả.', lang: 'vi' })).toEqual({ ok: true, result: { outcome: 'speaking' } });
    await expect.poll(() => existsSync(path.join(dir, 'parents')), { timeout: 5000 }).toBe(true);
    expect(Number(readFileSync(path.join(dir, 'parents'), 'utf8').trim())).toBe(helpers()[0]);
    await host.close();
    host = null;
    await expect.poll(helpers, { timeout: 5000 }).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a host that cannot start', () => {
  it('leaves no speech helper behind (the demo data it must load is missing)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'speech-host-fails-'));
    const before = childPids().filter((pid) => commandLine(pid).includes('speech-helper'));
    await expect(
      createKioskHost({ dbPath: path.join(dir, 'kiosk.db'), backgroundSync: false, demoWhenEmpty: true, assetsDir: path.join(dir, 'no-assets'), speechHelperScript: await speechHelperScript() }),
    ).rejects.toThrow(/ENOENT/);
    // A helper launched before the failure would still be running, with nothing left to close it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(childPids().filter((pid) => commandLine(pid).includes('speech-helper') && !before.includes(pid))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

/** This process's children (Linux /proc). */
function childPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => {
      try {
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]) === process.pid;
      } catch {
        return false;
      }
    });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

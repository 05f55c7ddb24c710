import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
// Not contract/speech.ts: the speech helper's bundle would carry zod for one number.
import { SPEECH_MAX_CHARS } from '../../shared/contract/speech-limits.ts';
import { VOICES } from './speaker.ts';
import type { SpeakOutcome, Speaker, SpeechLanguage } from './speaker.ts';

const ESPEAK = 'espeak-ng';

export interface EspeakOptions {
  /** The environment espeak-ng runs in (default the host's; tests put a stand-in first on PATH). */
  env?: NodeJS.ProcessEnv;
  /** Where the sound goes: the audio output (default), or a WAV file (tests, diagnostics). */
  wavFile?: string;
  /** Words per minute: a little slower than espeak-ng's 175 for older citizens. */
  wordsPerMinute?: number;
}

/**
 * Speaks a sentence with espeak-ng: no shell, the text on stdin (never on a command line a
 * `ps` shows, never parsed as an option), bounded in length, one at a time (a new sentence or
 * `stop` ends the one playing). Text content is never logged.
 */
export class EspeakSpeaker implements Speaker {
  private current: ChildProcess | null = null;
  private availability: Promise<boolean> | null = null;
  /** Moves at every sentence and every stop: a sentence still waiting to start when it moved does not start. */
  private generation = 0;
  /** The generation of the sentence waiting for `available()`, or -1. */
  private waiting = -1;
  constructor(private readonly options: EspeakOptions = {}) {}

  /** Whether espeak-ng runs here with its Vietnamese voice (English it always has); asked once, then remembered. */
  available(): Promise<boolean> {
    this.availability ??= new Promise<boolean>((resolve) => {
      const child = spawn(ESPEAK, ['--voices=vi'], { stdio: ['ignore', 'pipe', 'ignore'], shell: false, env: this.options.env });
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('error', () => resolve(false));
      child.once('close', (code) => resolve(code === 0 && /\svi\s/.test(out)));
    });
    return this.availability;
  }

  /** Starts speaking `text`; resolves when espeak-ng has finished (or was stopped). */
  async speak(text: string, lang: SpeechLanguage): Promise<SpeakOutcome> {
    const sentence = text.replace(/\s+/g, ' ').trim().slice(0, SPEECH_MAX_CHARS);
    if (sentence === '') return 'unavailable';
    const generation = ++this.generation;
    this.waiting = generation;
    const available = await this.available();
    if (this.waiting === generation) this.waiting = -1;
    if (!available) return 'unavailable';
    // A stop, or a newer sentence, came while this one waited (the helper gets both in one tick).
    if (generation !== this.generation) return 'stopped';
    this.endCurrent();
    const args = ['-v', VOICES[lang], '-s', String(this.options.wordsPerMinute ?? 150), '-b', '1', '--stdin'];
    if (this.options.wavFile) args.push('-w', this.options.wavFile);
    const child = spawn(ESPEAK, args, { stdio: ['pipe', 'ignore', 'ignore'], shell: false, env: this.options.env });
    this.current = child;
    const ended = new Promise<SpeakOutcome>((resolve) => {
      child.once('error', () => resolve('unavailable'));
      child.once('close', (code, signal) => resolve(signal ? 'stopped' : code === 0 ? 'spoken' : 'unavailable'));
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(`${sentence}\n`, 'utf8');
    const outcome = await ended;
    if (this.current === child) this.current = null;
    return outcome;
  }

  /** Stops the sentence being spoken, or about to be, if any. True when one was. */
  stop(): boolean {
    const cancelled = this.waiting === this.generation;
    this.generation += 1;
    this.waiting = -1;
    return this.endCurrent() || cancelled;
  }

  private endCurrent(): boolean {
    const child = this.current;
    this.current = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return false;
    child.kill('SIGTERM');
    return true;
  }

  get speaking(): boolean {
    return this.current !== null;
  }
}

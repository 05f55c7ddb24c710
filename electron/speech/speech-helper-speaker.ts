import { EspeakSpeaker } from './espeak-speaker.ts';
import type { EspeakOptions } from './espeak-speaker.ts';
import type { HelperChannel, HelperLauncher } from './helper-process.ts';
import type { SpeakOutcome, Speaker, SpeechLanguage } from './speaker.ts';
import { parseHelperAnswer } from './speech-helper-protocol.ts';
import type { HelperRequest } from './speech-helper-protocol.ts';

export interface SpeechHelperOptions extends EspeakOptions {
  /** The bundled helper (dist-electron/speech-helper.cjs). */
  script: string;
  launch: HelperLauncher;
  /** Log lines (no sentence text ever reaches them). */
  log?: (message: string, fields?: Record<string, unknown>) => void;
  /** Milliseconds a helper has to say whether espeak-ng runs (default 5 s). */
  availableDeadlineMs?: number;
  /** Epoch milliseconds (a fake clock in tests). */
  now?: () => number;
}

/** After this many ends the host did not ask for, each within QUIET_MS of the one before, read-aloud goes on from the host's own process. */
const MAX_UNEXPECTED_ENDS = 3;
const QUIET_MS = 10 * 60_000;
/** A helper that has not said within this whether espeak-ng runs is taken to say no, this time. */
const AVAILABLE_DEADLINE_MS = 5000;

/**
 * Read-aloud through the speech helper process (speech-helper-main.ts): launched at once, when
 * the host starts and before its sync threads grow, so that no program is ever started from the
 * host's process while it syncs. A helper that ends is launched again at the next sentence; one
 * that keeps ending, or cannot be launched, leaves read-aloud to an EspeakSpeaker in the host.
 */
export class SpeechHelperSpeaker implements Speaker {
  private channel: HelperChannel | null = null;
  private availability: Promise<boolean> | null = null;
  private readonly waiting = new Map<number, { resolve: (answer: boolean | SpeakOutcome) => void; whenGone: boolean | SpeakOutcome }>();
  private nextId = 1;
  private speakingId: number | null = null;
  private unexpectedEnds = 0;
  private lastUnexpectedEnd = -Infinity;
  private fallback: Speaker | null = null;
  private closed = false;

  constructor(private readonly options: SpeechHelperOptions) {
    this.launch();
  }

  /** The helper's process id (tests), or undefined while none runs. */
  get helperPid(): number | undefined {
    return this.channel?.pid;
  }

  available(): Promise<boolean> {
    const channel = this.channel ?? this.launch();
    if (this.fallback) return this.fallback.available();
    if (this.availability === null) {
      const asked = this.ask<boolean>(channel, { kind: 'available', id: this.nextId++ }, false, this.options.availableDeadlineMs ?? AVAILABLE_DEADLINE_MS);
      this.availability = asked;
      // A no is asked again next time: it may have been a helper too busy to answer.
      void asked.then((available) => {
        if (!available && this.availability === asked) this.availability = null;
      });
    }
    return this.availability;
  }

  async speak(text: string, lang: SpeechLanguage): Promise<SpeakOutcome> {
    const channel = this.channel ?? this.launch();
    if (this.fallback) return this.fallback.speak(text, lang);
    const id = this.nextId++;
    this.speakingId = id;
    const outcome = await this.ask<SpeakOutcome>(channel, { kind: 'speak', id, text, lang }, 'unavailable');
    if (this.speakingId === id) this.speakingId = null;
    return outcome;
  }

  stop(): boolean {
    if (this.fallback) return this.fallback.stop();
    const wasSpeaking = this.speakingId !== null;
    this.speakingId = null;
    if (wasSpeaking) this.channel?.send({ kind: 'stop' } satisfies HelperRequest);
    return wasSpeaking;
  }

  close(): void {
    this.closed = true;
    this.fallback?.stop();
    this.channel?.kill();
    this.channel = null;
  }

  /** The helper's answer to `request`, or `whenGone` when it ends (or misses the deadline) first. */
  private ask<T extends boolean | SpeakOutcome>(channel: HelperChannel | null, request: Extract<HelperRequest, { id: number }>, whenGone: T, deadlineMs?: number): Promise<T> {
    if (channel === null) return Promise.resolve(whenGone);
    return new Promise<T>((resolve) => {
      const timer =
        deadlineMs === undefined
          ? null
          : setTimeout(() => {
              this.waiting.delete(request.id);
              resolve(whenGone);
            }, deadlineMs);
      timer?.unref();
      this.waiting.set(request.id, {
        resolve: (answer) => {
          if (timer) clearTimeout(timer);
          resolve(answer as T);
        },
        whenGone,
      });
      channel.send(request);
    });
  }

  private launch(): HelperChannel | null {
    if (this.closed || this.fallback) return null;
    let channel: HelperChannel;
    try {
      const { script, launch, env, wavFile, wordsPerMinute } = this.options;
      channel = launch(script, [JSON.stringify({ wavFile, wordsPerMinute })], env);
    } catch (error) {
      this.fallBack('speech helper could not start; speaking from the host', error);
      return null;
    }
    this.channel = channel;
    channel.onMessage((message) => {
      const answer = parseHelperAnswer(message);
      const waiter = answer && this.waiting.get(answer.id);
      if (!answer || !waiter) return;
      this.waiting.delete(answer.id);
      waiter.resolve(answer.kind === 'available' ? answer.available : answer.outcome);
    });
    channel.onExit(() => this.ended(channel));
    return channel;
  }

  private ended(channel: HelperChannel): void {
    const current = this.channel === channel;
    if (current) {
      this.channel = null;
      this.availability = null;
      this.speakingId = null;
    }
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    // A question the helper never answered: no voice it could confirm, no sentence it finished.
    for (const { resolve, whenGone } of waiting) resolve(whenGone);
    if (this.closed || !current) return;
    const now = (this.options.now ?? Date.now)();
    if (now - this.lastUnexpectedEnd > QUIET_MS) this.unexpectedEnds = 0;
    this.lastUnexpectedEnd = now;
    this.unexpectedEnds += 1;
    if (this.unexpectedEnds >= MAX_UNEXPECTED_ENDS) this.fallBack('speech helper keeps ending; speaking from the host');
    else this.options.log?.('speech helper ended; it starts again at the next sentence', { ends: this.unexpectedEnds });
  }

  private fallBack(message: string, error?: unknown): void {
    this.options.log?.(message, error === undefined ? {} : { error: error instanceof Error ? error.name : 'unknown' });
    const { env, wavFile, wordsPerMinute } = this.options;
    this.fallback = new EspeakSpeaker({ env, wavFile, wordsPerMinute });
  }
}

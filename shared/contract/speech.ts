import { z } from 'zod';
import { SPEECH_MAX_CHARS } from './speech-limits.ts';

export { SPEECH_MAX_CHARS };

/**
 * Read-aloud by the host (espeak-ng with its Vietnamese voice), for kiosks whose browser has no
 * Vietnamese voice. One sentence at a time: a new one, or `stopSpeaking`, ends the one before.
 */
export const speechMethods = {
  hostSpeechAvailable: { input: z.object({ lang: z.enum(['vi', 'en']) }).strict(), output: z.object({ available: z.boolean() }) },
  speakText: {
    input: z.object({ text: z.string().trim().min(1).max(SPEECH_MAX_CHARS), lang: z.enum(['vi', 'en']) }).strict(),
    output: z.object({ outcome: z.enum(['speaking', 'unavailable']) }),
  },
  stopSpeaking: { input: z.object({}).strict(), output: z.object({ stopped: z.boolean() }) },
} as const;

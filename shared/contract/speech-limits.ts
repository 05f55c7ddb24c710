/** The longest sentence the host reads aloud: a status sentence, never a page of text. */
export const SPEECH_MAX_CHARS = 600;

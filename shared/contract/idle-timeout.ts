/**
 * The idle countdown gives a citizen at least 20 s to ask for more time (WCAG 2.2.1, Timing
 * Adjustable); the shortest timeout leaves some quiet time before that warning starts.
 */
export const IDLE_WARNING_SEC = 30;
export const IDLE_TIMEOUT_MIN_SEC = 45;
export const IDLE_TIMEOUT_MAX_SEC = 3600;

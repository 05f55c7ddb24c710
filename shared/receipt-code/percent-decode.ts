const ENCODED_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const ENCODED_ASCII = /%([0-7][0-9A-Fa-f])/g;
// Lookup URLs are sometimes encoded twice (`%252D`); more rounds would only mangle text.
const MAX_ROUNDS = 2;

function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    // Not valid UTF-8: keep what cannot be read, but still decode plain ASCII.
    return run.replace(ENCODED_ASCII, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/** Decodes `%XX` escapes wherever they are, leaving malformed ones as they are. Never throws. */
export function percentDecode(text: string): string {
  let decoded = text;
  for (let round = 0; round < MAX_ROUNDS && decoded.includes('%'); round += 1) {
    decoded = decoded.replace(ENCODED_RUN, decodeRun);
  }
  return decoded;
}

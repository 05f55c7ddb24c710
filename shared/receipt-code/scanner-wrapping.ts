// AIM ISO/IEC 15424 symbology identifier: `]`, a code letter, a modifier (`]C0`, `]Q1`).
const AIM_IDENTIFIER = /^\][A-Za-z][0-9A-Za-z]/;
const MAX_AIM_IDENTIFIERS = 2;

/**
 * Removes what a scanner adds around the data: its configured prefix and suffix and
 * AIM identifiers. Scanners differ in whether the prefix comes before or after the
 * identifier, so both orders are accepted.
 */
export function stripScannerWrapping(text: string, prefix: string, suffix: string): string {
  let rest = text.trim();
  let prefixStripped = prefix === '';
  let identifiersStripped = 0;
  for (;;) {
    if (!prefixStripped && rest.startsWith(prefix)) {
      rest = rest.slice(prefix.length).trimStart();
      prefixStripped = true;
    } else if (identifiersStripped < MAX_AIM_IDENTIFIERS && AIM_IDENTIFIER.test(rest)) {
      rest = rest.slice(3).trimStart();
      identifiersStripped += 1;
    } else {
      break;
    }
  }
  if (suffix !== '' && rest.endsWith(suffix)) rest = rest.slice(0, -suffix.length).trimEnd();
  return rest;
}

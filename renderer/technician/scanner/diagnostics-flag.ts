import type { Language } from '../../../shared/contract/index.ts';

/** `?diagnostics=scanner` opens the scanner page instead of the kiosk (until the technician view links it). */
export function scannerDiagnosticsRequested(search: string): boolean {
  return new URLSearchParams(search).get('diagnostics') === 'scanner';
}

/** `&lang=en` shows the diagnostics page in English; Vietnamese otherwise. */
export function diagnosticsLanguage(search: string): Language {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

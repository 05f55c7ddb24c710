import type { KioskInfo } from '../../shared/contract/index.ts';

/** Large text and high contrast: a citizen turns them on at home; idle returns the site's defaults. */
export interface DisplayModes {
  largeText: boolean;
  highContrast: boolean;
}

export const STANDARD_DISPLAY: DisplayModes = { largeText: false, highContrast: false };

export function displayDefaultsOf(info: KioskInfo | null): DisplayModes {
  return info?.accessibility ?? STANDARD_DISPLAY;
}

export const sameDisplay = (a: DisplayModes, b: DisplayModes): boolean => a.largeText === b.largeText && a.highContrast === b.highContrast;

import { displayDefaultsOf, sameDisplay } from '../accessibility/display-modes.ts';
import { defaultLanguageOf } from '../state/kiosk-state.ts';
import type { KioskState } from '../state/kiosk-state.ts';

/**
 * Nothing of a citizen is on screen: home or the attract screen, in the site's language and
 * display modes. At rest there is nothing to clear, so no countdown; home turns into the
 * attract screen instead.
 */
export function isAtRest(state: KioskState): boolean {
  if (state.boot.phase !== 'ready') return false;
  if (state.screen.name !== 'home' && state.screen.name !== 'attract') return false;
  return state.lang === defaultLanguageOf(state) && sameDisplay(state.display, displayDefaultsOf(state.boot.info));
}

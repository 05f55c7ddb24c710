import { createContext, useContext, useEffect } from 'react';
import type { ReactNode } from 'react';
import type { DisplayModes } from './display-modes.ts';
import './display-modes.css';

export interface DisplayModesControl {
  display: DisplayModes;
  setDisplay: (change: Partial<DisplayModes>) => void;
}

const DisplayModesContext = createContext<DisplayModesControl | null>(null);

/**
 * Applies the modes to the whole page (`data-text="large"`, `data-contrast="high"` on <html>,
 * read by display-modes.css) and lets the home screen's toggles change them.
 */
export function DisplayModesProvider({ display, setDisplay, children }: DisplayModesControl & { children: ReactNode }) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.text = display.largeText ? 'large' : 'standard';
    root.dataset.contrast = display.highContrast ? 'high' : 'standard';
  }, [display.largeText, display.highContrast]);
  return <DisplayModesContext.Provider value={{ display, setDisplay }}>{children}</DisplayModesContext.Provider>;
}

export function useDisplayModes(): DisplayModesControl {
  const value = useContext(DisplayModesContext);
  if (!value) throw new Error('useDisplayModes outside DisplayModesProvider');
  return value;
}

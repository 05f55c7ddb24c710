import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { SiteGuidance } from '../../shared/contract/index.ts';

interface Site {
  /** The site's hours, counters, hotline, complaint route and lookup address; null before the host answered. */
  guidance: SiteGuidance | null;
  /** A receipt printer is configured. */
  printer: boolean;
}

const SiteContext = createContext<Site>({ guidance: null, printer: false });

/** The site settings every answer and error shows, refreshed whenever the kiosk info is. */
export function SiteProvider({ guidance, printer, children }: Site & { children: ReactNode }) {
  return <SiteContext.Provider value={{ guidance, printer }}>{children}</SiteContext.Provider>;
}

export const useSite = (): Site => useContext(SiteContext);

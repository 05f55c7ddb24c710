import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { SiteGuidance } from '../../shared/contract/index.ts';

interface Site {
  /** The site's hours, counters, hotline, complaint route and lookup address; null before the host ever answered. */
  guidance: SiteGuidance | null;
  /** A receipt printer is configured. */
  printer: boolean;
}

const SiteContext = createContext<Site>({ guidance: null, printer: false });

/** The site's settings as last seen (no personal data): a kiosk whose host is down still gives its hotline. */
const REMEMBERED_KEY = 'kiosk.siteGuidance';

function remembered(): SiteGuidance | null {
  try {
    const parsed = SiteGuidance.safeParse(JSON.parse(window.localStorage.getItem(REMEMBERED_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The site settings every answer and error shows, refreshed whenever the kiosk info is; while the
 * host cannot be reached (out of service at start), the last ones it sent.
 */
export function SiteProvider({ guidance, printer, children }: Site & { children: ReactNode }) {
  useEffect(() => {
    if (!guidance) return;
    try {
      window.localStorage.setItem(REMEMBERED_KEY, JSON.stringify(guidance));
    } catch {
      // Storage full or refused: the kiosk works on without the memory.
    }
  }, [guidance]);
  const value = useMemo(() => ({ guidance: guidance ?? remembered(), printer }), [guidance, printer]);
  return <SiteContext.Provider value={value}>{children}</SiteContext.Provider>;
}

export const useSite = (): Site => useContext(SiteContext);

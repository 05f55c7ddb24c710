import type { layoutVi } from './layout.vi.ts';

export const layoutEn = {
  'scroll.more': 'Scroll down for more',
  'result.procedureFull': 'Full name',
  'result.procedureShort': 'Shorter',
  'error.unreadable.scanAgain': 'Scan again',
  'summary.dueAt': 'Due on:',
  'summary.latest': 'Latest step:',
  'rating.jump': 'Rate',
  'sync.outOfService': 'The kiosk is out of service: its information may not be up to date.',
  'tech.modeBanner': 'Technician mode',
  'tech.modeNote': 'For technicians, not for citizens',
} satisfies Record<keyof typeof layoutVi, string>;

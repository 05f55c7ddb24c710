import type { SlipBlock } from './slip-layout.ts';

/** The site settings a slip prints. */
export interface SlipSite {
  siteName: string;
  openingHours: string | null;
  hotline: string | null;
}

export function siteFooter(site: SlipSite): SlipBlock[] {
  return [
    { kind: 'rule' },
    { kind: 'text', text: site.siteName, bold: true },
    ...(site.openingHours ? [{ kind: 'text' as const, text: `Giờ làm việc: ${site.openingHours}` }] : []),
    ...(site.hotline ? [{ kind: 'text' as const, text: `Đường dây nóng: ${site.hotline}` }] : []),
  ];
}

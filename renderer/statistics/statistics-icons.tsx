/** The statistics' icon: bars rising from a base line (decorative; a word always goes with it). */
import type { SVGProps } from 'react';

export const ChartIcon = (p: SVGProps<SVGSVGElement>) => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2.4} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...p}>
    <path d="M3 21h18M6 17v-5M11 17V7M16 17v-8M20.5 17V4" />
  </svg>
);

/** The statistics' icon: bars rising from a base line (decorative; a word always goes with it). */
import { Svg } from '../components/icons.tsx';
import type { IconProps } from '../components/icons.tsx';

export const ChartIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 21h18M6 17v-5M11 17V7M16 17v-8M20.5 17V4" />
  </Svg>
);

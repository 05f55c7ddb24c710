/** Icons of the display modes and read-aloud: inline SVG, decorative (a word always goes with them). */
import { Svg } from './icons.tsx';
import type { IconProps } from './icons.tsx';

/** A small and a large letter A. */
export const TextSizeIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M2.5 19 6.5 9l4 10M4 15.5h5M11.5 19 16.5 4.5 21.5 19M13.3 14h6.4" />
  </Svg>
);

/** A circle, half filled. */
export const ContrastIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="9.5" />
    <path d="M12 2.5v19a9.5 9.5 0 0 0 0-19Z" fill="currentColor" />
  </Svg>
);

/** A ticked box: the mode is on (the word beside it says so too). */
export const SwitchOnIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3" y="3" width="18" height="18" rx="4" fill="currentColor" />
    <path d="m7.5 12.5 3 3 6-6.5" stroke="var(--switch-tick, #fff)" strokeWidth={3} />
  </Svg>
);

/** An empty box: the mode is off. */
export const SwitchOffIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3" y="3" width="18" height="18" rx="4" />
  </Svg>
);

export const SpeakerIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4Z" />
    <path d="M15.5 9a4.5 4.5 0 0 1 0 6M18 6.5a8 8 0 0 1 0 11" />
  </Svg>
);

export const StopIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
  </Svg>
);

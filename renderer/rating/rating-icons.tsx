/** Faces for the three ratings: inline SVG, decorative (the word is always beside the face). */
import type { ReactElement, SVGProps } from 'react';
import type { RatingValue } from '../../shared/contract/index.ts';

type IconProps = SVGProps<SVGSVGElement>;

function Face({ children, ...props }: IconProps) {
  return (
    <svg viewBox="0 0 48 48" fill="none" stroke="currentColor" strokeWidth={3.4} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      <circle cx="24" cy="24" r="20.5" />
      <circle cx="17" cy="19" r="2.4" fill="currentColor" stroke="none" />
      <circle cx="31" cy="19" r="2.4" fill="currentColor" stroke="none" />
      {children}
    </svg>
  );
}

export const RATING_FACES: Record<RatingValue, (p: IconProps) => ReactElement> = {
  'very-satisfied': (p) => (
    <Face {...p}>
      <path d="M13.5 27h21a10.5 10.5 0 0 1-21 0Z" fill="currentColor" />
    </Face>
  ),
  satisfied: (p) => (
    <Face {...p}>
      <path d="M15.5 29.5a10 10 0 0 0 17 0" />
    </Face>
  ),
  'not-satisfied': (p) => (
    <Face {...p}>
      <path d="M15.5 34a10 10 0 0 1 17 0" />
    </Face>
  ),
};

export const TickIcon = (p: IconProps) => (
  <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={3} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...p}>
    <path d="m5 12.5 4.5 4.5L19 7.5" />
  </svg>
);

/** Icons of the catalogue screens, drawn like renderer/components/icons.tsx (decorative). */
import { Svg } from '../components/icons.tsx';
import type { IconProps } from '../components/icons.tsx';

export const ChevronRightIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m9 5 7 7-7 7" />
  </Svg>
);

export const ChevronLeftIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M15 5 8 12l7 7" />
  </Svg>
);

/** A stack of folders: the catalogue's fields. */
export const FieldsIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3" y="3" width="7.5" height="7.5" rx="1.5" />
    <rect x="13.5" y="3" width="7.5" height="7.5" rx="1.5" />
    <rect x="3" y="13.5" width="7.5" height="7.5" rx="1.5" />
    <rect x="13.5" y="13.5" width="7.5" height="7.5" rx="1.5" />
  </Svg>
);

/** A checklist: the documents to bring. */
export const ChecklistIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m3.5 6 1.8 1.8L8.5 4.5M3.5 12.5l1.8 1.8 3.2-3.3M3.5 19l1.8 1.8 3.2-3.3M12 6.5h8.5M12 13h8.5M12 19.5h8.5" />
  </Svg>
);

export const StepsIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 20h5v-5h5v-5h5V5" />
    <path d="M16 5h3v3" />
  </Svg>
);

export const PeopleIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c.6-3.6 3.2-5.5 6.5-5.5s5.9 1.9 6.5 5.5" />
    <path d="M16 4.8a3.3 3.3 0 0 1 0 6.4M18 14.8c2 .7 3.2 2.4 3.5 5.2" />
  </Svg>
);

/** A seal on a sheet: the result the applicant receives. */
export const ResultIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M13 3H6.5A1.5 1.5 0 0 0 5 4.5v15A1.5 1.5 0 0 0 6.5 21H12" />
    <path d="M8.5 8h7M8.5 12h4" />
    <circle cx="17" cy="15" r="3.5" />
    <path d="m15.5 18.2-.8 3.3 2.3-1.2 2.3 1.2-.8-3.3" />
  </Svg>
);

/** Scales: the legal basis. */
export const LawIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3v18M7 21h10M5 7h14M12 5v2" />
    <path d="m5 7-3 6a3 3 0 0 0 6 0L5 7ZM19 7l-3 6a3 3 0 0 0 6 0l-3-6Z" />
  </Svg>
);

export const PhoneIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="6" y="2.5" width="12" height="19" rx="2.5" />
    <path d="M11 18.5h2" />
  </Svg>
);

import type { ComponentType, SVGProps } from 'react';
import type { Timing } from '../../shared/contract/index.ts';
import { timingLabel } from '../../shared/i18n/index.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CheckIcon, ClockIcon, FastIcon, InfoIcon, WarningIcon } from './icons.tsx';
import './TimingBadge.css';

const ICONS: Record<Timing, ComponentType<SVGProps<SVGSVGElement>>> = {
  early: FastIcon,
  'on-time': CheckIcon,
  overdue: WarningIcon,
  'in-progress': ClockIcon,
  'not-applicable': InfoIcon,
};

/** On time / early / overdue as an icon and a word, never colour alone. */
export function TimingBadge({ timing }: { timing: Timing }) {
  const { lang } = useI18n();
  const Icon = ICONS[timing];
  return (
    <p className={`timing-badge timing-badge--${timing}`} data-testid="timing-badge" data-timing={timing}>
      <Icon className="timing-badge__icon" />
      <span>{timingLabel(lang, timing)}</span>
    </p>
  );
}

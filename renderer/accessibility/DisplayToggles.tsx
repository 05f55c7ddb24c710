import type { ComponentType, SVGProps } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { ContrastIcon, SwitchOffIcon, SwitchOnIcon, TextSizeIcon } from '../components/accessibility-icons.tsx';
import { useDisplayModes } from './DisplayModesContext.tsx';
import type { DisplayModes } from './display-modes.ts';
import './DisplayToggles.css';

const TOGGLES: { mode: keyof DisplayModes; label: 'a11y.largeText' | 'a11y.highContrast'; Icon: ComponentType<SVGProps<SVGSVGElement>> }[] = [
  { mode: 'largeText', label: 'a11y.largeText', Icon: TextSizeIcon },
  { mode: 'highContrast', label: 'a11y.highContrast', Icon: ContrastIcon },
];

/** Large text and high contrast: switches whose box is ticked when on (the shape, not just the colour, changes). */
export function DisplayToggles() {
  const { t } = useI18n();
  const { display, setDisplay } = useDisplayModes();
  return (
    <div className="display-toggles" role="group" aria-label={t('a11y.label')} data-testid="display-toggles">
      {TOGGLES.map(({ mode, label, Icon }) => {
        const on = display[mode];
        const State = on ? SwitchOnIcon : SwitchOffIcon;
        return (
          <button
            key={mode}
            type="button"
            className="display-toggles__switch"
            aria-pressed={on}
            data-testid={`toggle-${mode}`}
            onClick={() => setDisplay({ [mode]: !on })}
          >
            <span className="display-toggles__marks">
              <Icon className="display-toggles__icon" />
              <State className="display-toggles__state" />
            </span>
            <span className="display-toggles__label">{t(label)}</span>
          </button>
        );
      })}
    </div>
  );
}

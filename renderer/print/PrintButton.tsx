import { useState } from 'react';
import type { PrintAnswerResult } from '../../shared/contract/index.ts';
import { DocumentIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useSite } from '../site/SiteContext.tsx';
import './PrintButton.css';

/** `error`: the call itself failed (the host did not answer); nothing is known to be printed. */
type PrintState = 'idle' | 'printing' | PrintAnswerResult['outcome'] | 'error';

interface PrintButtonProps {
  label: string;
  testId: string;
  /** Prints once per tap: never again by itself, whatever the outcome. */
  print(): Promise<PrintAnswerResult>;
}

/**
 * A print button, offered only where a receipt printer is configured. While the slip prints the
 * screen stays usable (only this button waits); then it says what happened: printed, paper out,
 * cover open, printer missing or gone part-way, each in the citizen's language.
 */
export function PrintButton({ label, testId, print }: PrintButtonProps) {
  const { t } = useI18n();
  const { printer } = useSite();
  const [state, setState] = useState<PrintState>('idle');
  if (!printer) return null;
  const onPrint = () => {
    setState('printing');
    print().then(
      (result) => setState(result.outcome),
      () => setState('error'),
    );
  };
  return (
    <div className="print-button">
      <button type="button" className="btn btn--large" data-testid={testId} disabled={state === 'printing'} aria-busy={state === 'printing'} onClick={onPrint}>
        <DocumentIcon className="btn__icon" />
        {label}
      </button>
      {state !== 'idle' && (
        <p className={`print-button__status print-button__status--${state}`} role="status" data-testid="print-status" data-state={state}>
          {t(`print.${state}`)}
        </p>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { PrintAnswerResult } from '../../shared/contract/index.ts';
import { DocumentIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useSite } from '../site/SiteContext.tsx';
import type { PrintAnswer } from './print-answer.ts';

type PrintState = 'idle' | 'printing' | PrintAnswerResult['outcome'] | 'failed';

const MESSAGES: Partial<Record<PrintState, 'answer.printing' | 'answer.printed' | 'answer.printUnavailable' | 'answer.printFailed'>> = {
  printing: 'answer.printing',
  printed: 'answer.printed',
  'no-printer': 'answer.printUnavailable',
  'not-available': 'answer.printUnavailable',
  failed: 'answer.printFailed',
};

/** "Print", only where a receipt printer is configured; says plainly when nothing was printed. */
export function PrintAnswerButton({ code, print }: { code: string; print: PrintAnswer }) {
  const { t } = useI18n();
  const { printer } = useSite();
  const [state, setState] = useState<PrintState>('idle');
  if (!printer) return null;
  const message = MESSAGES[state];
  const onPrint = () => {
    setState('printing');
    print({ code }).then(
      (result) => setState(result.outcome),
      () => setState('failed'),
    );
  };
  return (
    <div className="result__print">
      <button type="button" className="btn btn--large" data-testid="print-answer" disabled={state === 'printing'} onClick={onPrint}>
        <DocumentIcon className="btn__icon" />
        {t('answer.print')}
      </button>
      {message && (
        <p className="result__print-status" role="status" data-testid="print-status" data-state={state}>
          {t(message)}
        </p>
      )}
    </div>
  );
}

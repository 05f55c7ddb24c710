import { useI18n } from '../i18n/I18nContext.tsx';
import { PrintButton } from '../print/PrintButton.tsx';
import type { PrintAnswer } from './print-answer.ts';

/** "In kết quả tra cứu": the answer of this lookup on the receipt printer. */
export function PrintAnswerButton({ code, print }: { code: string; print: PrintAnswer }) {
  const { t } = useI18n();
  return <PrintButton label={t('print.answer')} testId="print-answer" print={() => print({ code })} />;
}

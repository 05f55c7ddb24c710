import { formatDateTime } from '../../shared/i18n/index.ts';
import { ErrorActions } from '../components/ErrorActions.tsx';
import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { QuestionIcon } from '../components/icons.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { noBreak } from '../format/no-break.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface NotFoundScreenProps {
  lookupId: number;
  code: string;
  dataAsOf: string | null;
  onTypeCode: () => void;
  onHome: () => void;
}

/** Not in the local cache: say how old the cache is, and to ask at the desk. */
export function NotFoundScreen({ lookupId, code, dataAsOf, onTypeCode, onHome }: NotFoundScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  return (
    <ErrorLayout
      testId="screen-not-found"
      tone="info"
      Icon={QuestionIcon}
      title={t('error.notFound.title')}
      actions={<ErrorActions onTypeCode={onTypeCode} onHome={onHome} />}
    >
      <p>{t('error.notFound.body')}</p>
      <p>
        <span className="error-screen__code" data-testid="error-code">
          {code}
        </span>
      </p>
      <p className="error-screen__note" data-testid="error-data-as-of">
        {dataAsOf ? t('error.notFound.asOf', { time: noBreak(formatDateTime(dataAsOf)) }) : t('error.notFound.asOfUnknown')}
      </p>
      <p>
        <strong>{t('error.notFound.ask')}</strong>
      </p>
    </ErrorLayout>
  );
}

import { useEffect, useState } from 'react';
import { ErrorActions } from '../components/ErrorActions.tsx';
import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { ClockIcon } from '../components/icons.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface WaitScreenProps {
  lookupId: number;
  /** What the host said; it refuses lookups until then whatever this screen shows. */
  retryAfterSec: number;
  onTypeCode: () => void;
  onHome: () => void;
}

/** Several codes in a row were not found: a short wait before the next lookup, counted down. */
export function WaitScreen({ lookupId, retryAfterSec, onTypeCode, onHome }: WaitScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  const [left, setLeft] = useState(retryAfterSec);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return (
    <ErrorLayout testId="screen-wait" tone="warning" Icon={ClockIcon} title={t('error.wait.title')} actions={<ErrorActions onTypeCode={onTypeCode} onHome={onHome} />}>
      <p>{t('error.wait.body')}</p>
      <p className="error-screen__note" role="timer" data-testid="wait-countdown">
        {left > 0 ? t('error.wait.seconds', { seconds: left }) : t('error.wait.ready')}
      </p>
    </ErrorLayout>
  );
}

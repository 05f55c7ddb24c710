import type { ParseFailureReason } from '../../shared/contract/index.ts';
import { ErrorActions } from '../components/ErrorActions.tsx';
import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { WarningIcon } from '../components/icons.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface UnreadableScreenProps {
  lookupId: number;
  reason: ParseFailureReason;
  onTypeCode: () => void;
  onHome: () => void;
}

export function UnreadableScreen({ lookupId, reason, onTypeCode, onHome }: UnreadableScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  return (
    <ErrorLayout
      testId="screen-unreadable"
      tone="warning"
      Icon={WarningIcon}
      title={t('error.unreadable.title')}
      actions={<ErrorActions onTypeCode={onTypeCode} onHome={onHome} />}
    >
      <p className="error-screen__note" data-testid="error-reason" data-reason={reason}>
        {t(`error.unreadable.reason.${reason}`)}
      </p>
      <p>{t('error.unreadable.body')}</p>
    </ErrorLayout>
  );
}

import { ErrorActions } from '../components/ErrorActions.tsx';
import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { BuildingIcon } from '../components/icons.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

interface OtherAgencyScreenProps {
  lookupId: number;
  code: string;
  /** The receiving agency, as the host names it (its QCVN 102:2016 code when nothing better). */
  agency: string;
  onTypeCode: () => void;
  onHome: () => void;
}

export function OtherAgencyScreen({ lookupId, code, agency, onTypeCode, onHome }: OtherAgencyScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  return (
    <ErrorLayout
      testId="screen-other-agency"
      tone="info"
      Icon={BuildingIcon}
      title={t('error.otherAgency.title')}
      actions={<ErrorActions onTypeCode={onTypeCode} onHome={onHome} />}
    >
      <p>{t('error.otherAgency.body')}</p>
      <p>
        <span className="error-screen__code" data-testid="error-code">
          {code}
        </span>
      </p>
      <p>
        {t('error.otherAgency.agency')}:{' '}
        <strong className="error-screen__agency" data-testid="error-agency">
          {agency}
        </strong>
      </p>
      <p className="error-screen__note">{t('error.otherAgency.ask')}</p>
    </ErrorLayout>
  );
}

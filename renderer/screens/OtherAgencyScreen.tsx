import { NATIONAL_DOSSIER_LOOKUP_URL } from '../../shared/contract/portal-link.ts';
import { ErrorActions } from '../components/ErrorActions.tsx';
import { ErrorLayout } from '../components/ErrorLayout.tsx';
import { PhoneQr } from '../components/PhoneQr.tsx';
import '../components/Card.css';
import '../components/PhoneQr.css';
import { BuildingIcon } from '../components/icons.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PhoneIcon } from '../procedures/procedure-icons.tsx';

interface OtherAgencyScreenProps {
  lookupId: number;
  code: string;
  /** The receiving agency's QCVN 102:2016 code. */
  agency: string;
  /** Its name, when the kiosk knows the agency. */
  agencyName: string | null;
  onTypeCode: () => void;
  onHome: () => void;
}

/** A receipt of another agency: which one, and the national portal's lookup on the citizen's phone. */
export function OtherAgencyScreen({ lookupId, code, agency, agencyName, onTypeCode, onHome }: OtherAgencyScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  return (
    <ErrorLayout
      testId="screen-other-agency"
      tone="info"
      Icon={BuildingIcon}
      title={t('error.otherAgency.title')}
      actions={<ErrorActions onTypeCode={onTypeCode} onHome={onHome} />}
      aside={
        <PhoneQr
          url={NATIONAL_DOSSIER_LOOKUP_URL}
          title={t('otherAgency.qrTitle')}
          help={t('otherAgency.qrHelp', { code })}
          alt={t('otherAgency.qrAlt')}
          Icon={PhoneIcon}
          testId="other-agency-qr"
        />
      }
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
          {agencyName ?? t('otherAgency.unknownAgency', { agency })}
        </strong>
      </p>
      <p className="error-screen__note">{t('error.otherAgency.ask')}</p>
    </ErrorLayout>
  );
}

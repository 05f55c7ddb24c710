import type { KioskClient } from '../api/kiosk-client.ts';
import { levelsPhrase } from '../../shared/text/levels.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { PrintButton } from '../print/PrintButton.tsx';
import { useSite } from '../site/SiteContext.tsx';
import { CatalogueLayout } from './CatalogueLayout.tsx';
import type { CatalogueNavigate, CatalogueScreen } from './catalogue-screen.ts';
import { CatalogueStatus } from './CatalogueStatus.tsx';
import { ProcedureDetail } from './ProcedureDetail.tsx';
import { useCatalogueCall } from './useCatalogueCall.ts';
import '../components/Card.css';
import '../components/PhoneQr.css';
import './ProcedureDetailScreen.css';

/** Procedure names run to 300 characters; past this they are set smaller. */
const LONG_NAME = 110;

interface ProcedureDetailScreenProps {
  client: KioskClient;
  screen: Extract<CatalogueScreen, { name: 'procedure' }>;
  navigate: CatalogueNavigate;
}

/** One procedure: what to bring, how long it takes, what it costs, where to go. */
export function ProcedureDetailScreen({ client, screen, navigate }: ProcedureDetailScreenProps) {
  const { t } = useI18n();
  const { printer } = useSite();
  const call = useCatalogueCall(() => client.getProcedure({ code: screen.code }), screen.code);
  const procedure = call.current ? (call.data?.procedure ?? null) : null;
  const meta = procedure
    ? [`${t('procedures.code')}: ${procedure.code}`, `${t('procedures.field')}: ${procedure.fieldName}`, ...(procedure.levels.length ? [levelsPhrase(procedure.levels)] : [])]
    : [];
  return (
    <CatalogueLayout
      testId="screen-procedure"
      kicker={
        meta.length > 0 && (
          <p className="procedure-meta" data-testid="procedure-meta">
            {meta.map((part) => (
              <span key={part} className="procedure-meta__part">
                {part}
              </span>
            ))}
          </p>
        )
      }
      title={procedure?.name ?? (call.current ? t('procedures.notFound', { code: screen.code }) : '')}
      longTitle={(procedure?.name.length ?? 0) > LONG_NAME}
      actions={procedure && printer && <PrintButton key={procedure.code} label={t('print.procedure')} testId="print-procedure" print={() => client.printProcedure({ code: procedure.code })} />}
      onBack={() => navigate(screen.back)}
      onHome={() => navigate(null)}
    >
      <CatalogueStatus loading={!call.current} failure={call.failure} onRetry={call.retry} />
      {procedure && <ProcedureDetail procedure={procedure} />}
    </CatalogueLayout>
  );
}

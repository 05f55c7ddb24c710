import type { FieldSummary } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { SearchIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CatalogueLayout } from './CatalogueLayout.tsx';
import { sortFields } from './catalogue-order.ts';
import type { CatalogueNavigate, CatalogueScreen } from './catalogue-screen.ts';
import { CatalogueStatus } from './CatalogueStatus.tsx';
import { procedureCount } from './procedure-count.ts';
import { ChevronRightIcon } from './procedure-icons.tsx';
import { useCatalogueCall } from './useCatalogueCall.ts';

interface FieldTilesProps {
  fields: readonly FieldSummary[];
  onOpen: (field: string) => void;
}

/** Large tiles, one per field (lĩnh vực), with the number of procedures in it. */
export function FieldTiles({ fields, onOpen }: FieldTilesProps) {
  const { t } = useI18n();
  return (
    <ul className="field-tiles" role="list">
      {fields.map((field) => (
        <li key={field.name}>
          <button type="button" className="field-tile" data-testid="field-tile" data-field={field.name} onClick={() => onOpen(field.name)}>
            <span className="field-tile__name">{field.name}</span>
            <span className="field-tile__foot">
              <span className="field-tile__count" data-testid="field-count">
                {procedureCount(t, field.count)}
              </span>
              <ChevronRightIcon className="field-tile__chevron" />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

interface FieldsScreenProps {
  client: KioskClient;
  screen: Extract<CatalogueScreen, { name: 'fields' }>;
  navigate: CatalogueNavigate;
}

/** Lĩnh vực: where browsing the catalogue starts. */
export function FieldsScreen({ client, screen, navigate }: FieldsScreenProps) {
  const { t } = useI18n();
  const call = useCatalogueCall(() => client.listFields({}).then((answer) => sortFields(answer.fields)), 'fields');
  const fields = call.data;
  return (
    <CatalogueLayout
      testId="screen-fields"
      kicker={t('procedures.entryTitle')}
      title={t('procedures.fieldsTitle')}
      onBack={() => navigate(screen.back)}
      onHome={() => navigate(null)}
      actions={
        <button type="button" className="btn btn--primary catalogue__bar-button" data-testid="open-search" onClick={() => navigate({ name: 'search', query: '', field: null, back: screen })}>
          <SearchIcon className="btn__icon" />
          {t('procedures.openSearch')}
        </button>
      }
    >
      <CatalogueStatus loading={!call.current} failure={call.failure} onRetry={call.retry} />
      {fields && fields.length > 0 && (
        <>
          <p className="catalogue__help">{t('procedures.fieldsHelp')}</p>
          <FieldTiles fields={fields} onOpen={(field) => navigate({ name: 'procedures', field, page: 1, back: screen })} />
        </>
      )}
      {fields && fields.length === 0 && <p className="catalogue__empty">{t('procedures.fieldsEmpty')}</p>}
    </CatalogueLayout>
  );
}

import type { ProcedureSummary } from '../../shared/contract/index.ts';
import { levelsPhrase } from '../../shared/text/levels.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { SearchIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { CatalogueLayout } from './CatalogueLayout.tsx';
import type { CatalogueNavigate, CatalogueScreen } from './catalogue-screen.ts';
import { CatalogueStatus } from './CatalogueStatus.tsx';
import { wholeField } from './catalogue-order.ts';
import { PAGE_SIZE, clampPage, pageCount, pageOffset } from './paging.ts';
import { procedureCount } from './procedure-count.ts';
import { ChevronLeftIcon, ChevronRightIcon } from './procedure-icons.tsx';
import { useCatalogueCall } from './useCatalogueCall.ts';

interface ProcedureItemsProps {
  procedures: readonly ProcedureSummary[];
  onOpen: (code: string) => void;
  /** Show each procedure's field (search results span fields; a field's list does not). */
  showField?: boolean;
}

/** Procedures as big rows to tap; long names wrap. */
export function ProcedureItems({ procedures, onOpen, showField = false }: ProcedureItemsProps) {
  const { t } = useI18n();
  return (
    <ul className="procedure-items" role="list">
      {procedures.map((procedure) => (
        <li key={procedure.code}>
          <button type="button" className="procedure-item" data-testid="procedure-item" data-code={procedure.code} onClick={() => onOpen(procedure.code)}>
            <span className="procedure-item__text">
              <span className="procedure-item__name" data-testid="procedure-item-name">
                {procedure.name}
              </span>
              <span className="procedure-item__meta">
                <span className="procedure-item__code">
                  {t('procedures.code')}: {procedure.code}
                </span>
                {showField && <span>{procedure.fieldName}</span>}
                {procedure.levels.length > 0 && <span>{levelsPhrase(procedure.levels)}</span>}
              </span>
            </span>
            <ChevronRightIcon className="procedure-item__chevron" />
          </button>
        </li>
      ))}
    </ul>
  );
}

interface ProcedureListScreenProps {
  client: KioskClient;
  screen: Extract<CatalogueScreen, { name: 'procedures' }>;
  navigate: CatalogueNavigate;
}

/** The procedures of one field, a page at a time. */
export function ProcedureListScreen({ client, screen, navigate }: ProcedureListScreenProps) {
  const { t } = useI18n();
  const { field } = screen;
  const call = useCatalogueCall(() => wholeField((input) => client.listProcedures(input), field), field);
  const all = call.current ? call.data : null;
  const total = all?.length ?? null;
  const pages = total === null ? 1 : pageCount(total);
  const page = total === null ? screen.page : clampPage(screen.page, total);
  const shown = all?.slice(pageOffset(page), pageOffset(page) + PAGE_SIZE) ?? null;
  const turnTo = (next: number) => navigate({ ...screen, page: next });

  return (
    <CatalogueLayout
      testId="screen-procedures"
      kicker={t('procedures.listKicker')}
      title={field}
      onBack={() => navigate(screen.back)}
      onHome={() => navigate(null)}
      scrollKey={page}
      actions={
        pages > 1 && (
          <nav className="pager" aria-label={t('procedures.page', { page, pages })}>
            <button type="button" className="btn catalogue__bar-button pager__button" data-testid="page-prev" disabled={page <= 1} onClick={() => turnTo(page - 1)}>
              <ChevronLeftIcon className="btn__icon" />
              <span className="pager__word">{t('procedures.prevPage')}</span>
            </button>
            <span className="pager__label" data-testid="page-label">
              {t('procedures.page', { page, pages })}
            </span>
            <button type="button" className="btn catalogue__bar-button pager__button" data-testid="page-next" disabled={page >= pages} onClick={() => turnTo(page + 1)}>
              <span className="pager__word">{t('procedures.nextPage')}</span>
              <ChevronRightIcon className="btn__icon" />
            </button>
          </nav>
        )
      }
    >
      {total !== null && (
        <div className="catalogue__list-head">
          <p className="catalogue__help" data-testid="procedure-total">
            {procedureCount(t, total)}
          </p>
          <button type="button" className="btn" data-testid="search-in-field" onClick={() => navigate({ name: 'search', query: '', field, back: { ...screen, page } })}>
            <SearchIcon className="btn__icon" />
            {t('procedures.searchInField')}
          </button>
        </div>
      )}
      <CatalogueStatus loading={!call.current} failure={call.failure} onRetry={call.retry} />
      {shown && shown.length > 0 && <ProcedureItems procedures={shown} onOpen={(code) => navigate({ name: 'procedure', code, back: { ...screen, page } })} />}
      {shown?.length === 0 && <p className="catalogue__empty">{t('procedures.listEmpty')}</p>}
    </CatalogueLayout>
  );
}

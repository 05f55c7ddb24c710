import { memo } from 'react';
import { SearchIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { CatalogueNavigate } from './catalogue-screen.ts';
import { ChecklistIcon, FieldsIcon } from './procedure-icons.tsx';
import './ProcedureEntry.css';

/** The home screen's way into the procedure catalogue: browse by field, or search by name. */
export const ProcedureEntry = memo(function ProcedureEntry({ navigate }: { navigate: CatalogueNavigate }) {
  const { t } = useI18n();
  return (
    <section className="procedure-entry" data-testid="procedure-entry" aria-labelledby="procedure-entry-title">
      <div className="procedure-entry__text">
        <ChecklistIcon className="procedure-entry__icon" />
        <div>
          <h3 id="procedure-entry-title" className="procedure-entry__title">
            {t('procedures.entryTitle')}
          </h3>
          <p className="procedure-entry__hint">{t('procedures.entryHint')}</p>
        </div>
      </div>
      <div className="procedure-entry__actions">
        <button type="button" className="btn btn--primary btn--large" data-testid="open-fields" onClick={() => navigate({ name: 'fields', back: null })}>
          <FieldsIcon className="btn__icon" />
          {t('procedures.browseFields')}
        </button>
        <button type="button" className="btn btn--large" data-testid="open-search" onClick={() => navigate({ name: 'search', query: '', field: null, back: null })}>
          <SearchIcon className="btn__icon" />
          {t('procedures.openSearch')}
        </button>
      </div>
    </section>
  );
});

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { SearchProceduresOutput } from '../../shared/contract/index.ts';
import type { KioskClient } from '../api/kiosk-client.ts';
import { toKioskFailure } from '../api/kiosk-failure.ts';
import type { KioskFailure } from '../api/kiosk-failure.ts';
import { BackIcon, HomeIcon, SearchIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { CatalogueNavigate, CatalogueScreen } from './catalogue-screen.ts';
import { CatalogueStatus } from './CatalogueStatus.tsx';
import { FieldTiles } from './FieldsScreen.tsx';
import { latestOnly } from './latest-only.ts';
import { resultsCount } from './procedure-count.ts';
import { FieldsIcon } from './procedure-icons.tsx';
import { ProcedureItems } from './ProcedureListScreen.tsx';
import { SearchKeyboard } from './SearchKeyboard.tsx';
import { MAX_QUERY_LENGTH, applySearchKey, cleanTypedQuery, queryToSend } from './search-keys.ts';
import './catalogue.css';
import './SearchScreen.css';

/** Results follow the typing, a moment after the last key (the host answers in milliseconds). */
const SEARCH_DEBOUNCE_MS = 120;
const RESULT_LIMIT = 50;
const EXAMPLES = ['procedures.searchExample1', 'procedures.searchExample2', 'procedures.searchExample3', 'procedures.searchExample4'] as const;

interface Request {
  query: string;
  field: string | null;
}

interface Answer extends Request {
  output: SearchProceduresOutput;
}

interface SearchScreenProps {
  client: KioskClient;
  screen: Extract<CatalogueScreen, { name: 'search' }>;
  navigate: CatalogueNavigate;
}

/** Search by name or code on the on-screen keyboard; no diacritics needed (the host folds them). */
export function SearchScreen({ client, screen, navigate }: SearchScreenProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState(screen.query);
  const [field, setField] = useState(screen.field);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<KioskFailure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const sent = queryToSend(query);

  const searcher = useMemo(
    () =>
      latestOnly(
        (request: Request) => client.searchProcedures({ ...request, limit: RESULT_LIMIT }),
        (output, request) => {
          setFailure(null);
          setAnswer({ ...request, output });
        },
        (error) => setFailure(toKioskFailure(error)),
      ),
    [client],
  );
  useEffect(() => () => searcher.cancel(), [searcher]);

  useEffect(() => {
    if (sent === '') {
      searcher.cancel();
      setAnswer(null);
      setFailure(null);
      return;
    }
    const timer = window.setTimeout(() => searcher.request({ query: sent, field }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [sent, field, searcher, attempt]);

  const onKey = useCallback((button: string) => setQuery((q) => applySearchKey(q, button)), []);
  const here: CatalogueScreen = { ...screen, query, field };
  const open = (code: string) => navigate({ name: 'procedure', code, back: here });
  const openField = (field: string) => navigate({ name: 'procedures', field, page: 1, back: here });

  const shown = sent !== '' && answer?.field === field ? answer : null;
  const waiting = sent !== '' && (answer?.query !== sent || answer.field !== field) && failure === null;
  const results = shown?.output.results ?? [];

  return (
    <section className="search" data-testid="screen-search" aria-labelledby="search-title">
      <div className="search__title-row">
        <button type="button" className="btn" data-testid="nav-back" onClick={() => navigate(screen.back)}>
          <BackIcon className="btn__icon" />
          {t('nav.back')}
        </button>
        <h2 id="search-title" className="search__title">
          {t('procedures.searchTitle')}
        </h2>
        <button type="button" className="btn search__home" data-testid="nav-home" onClick={() => navigate(null)}>
          <HomeIcon className="btn__icon" />
          {t('nav.home')}
        </button>
      </div>
      <div className="search__top">
        <label className="search__field">
          <SearchIcon className="search__field-icon" />
          <span className="visually-hidden">{t('procedures.searchLabel')}</span>
          <input
            className="search__input"
            data-testid="search-input"
            type="search"
            value={query}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setQuery(cleanTypedQuery(e.target.value))}
            inputMode="none"
            enterKeyHint="search"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t('procedures.searchPlaceholder')}
            autoFocus
          />
        </label>
        {field !== null && (
          <div className="search__filter" data-testid="search-field-filter" data-field={field}>
            <p className="search__filter-text">{t('procedures.searchOnlyField', { field })}</p>
            <button type="button" className="btn" data-testid="search-field-clear" onClick={() => setField(null)}>
              {t('procedures.searchEveryField')}
            </button>
          </div>
        )}
      </div>

      <div className="search__results" data-testid="search-results" aria-live="polite">
        {sent === '' && (
          <div className="search__hint">
            <p>{t('procedures.searchHint')}</p>
            <div className="search__examples">
              {EXAMPLES.map((key) => (
                <button key={key} type="button" className="btn search__example" data-testid="search-example" onClick={() => setQuery(t(key))}>
                  {t(key)}
                </button>
              ))}
            </div>
          </div>
        )}
        {failure && sent !== '' && <CatalogueStatus loading={false} failure={failure} onRetry={() => setAttempt((n) => n + 1)} />}
        {results.length === 0 && <CatalogueStatus loading={waiting} failure={null} onRetry={() => undefined} />}
        {shown && !failure && (
          <>
            {shown.output.correctedQuery && (
              <p className="search__corrected" data-testid="search-corrected">
                <span>{t('procedures.didYouMean')}</span>{' '}
                <button type="button" className="btn search__corrected-query" data-testid="search-corrected-query" onClick={() => setQuery(shown.output.correctedQuery ?? query)}>
                  {shown.output.correctedQuery}
                </button>
              </p>
            )}
            {results.length > 0 && (
              <>
                <p className="search__count" data-testid="search-count">
                  {resultsCount(t, results.length, RESULT_LIMIT)}
                </p>
                <ProcedureItems procedures={results} onOpen={open} showField />
              </>
            )}
            {results.length === 0 && (
              <div className="search__empty" data-testid="search-empty">
                <p className="search__empty-text">{t('procedures.noResults', { query: shown.query })}</p>
                {shown.output.suggestedFields.length > 0 && (
                  <div className="search__suggested" data-testid="search-suggested-fields">
                    <p>{t('procedures.suggestFields')}</p>
                    <FieldTiles fields={shown.output.suggestedFields} onOpen={openField} />
                  </div>
                )}
                <button type="button" className="btn btn--large" data-testid="search-all-fields" onClick={() => navigate({ name: 'fields', back: here })}>
                  <FieldsIcon className="btn__icon" />
                  {t('procedures.allFields')}
                </button>
              </div>
            )}
          </>
        )}
      </div>

      <SearchKeyboard onKey={onKey} />
    </section>
  );
}

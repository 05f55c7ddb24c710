import type { NextStep } from '../../../shared/contract/index.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useSite } from '../../site/SiteContext.tsx';
import { VisitPlace } from './VisitPlace.tsx';

/** Ready (9): at which counter and when, what to bring, who may collect, or that it comes by post. */
export function CollectAnswer({ step }: { step: Extract<NextStep, { kind: 'collect' }> }) {
  const { t } = useI18n();
  const { guidance } = useSite();
  const counter = step.counter ?? guidance?.resultsCounter ?? null;
  const documents = step.documents ?? [];
  const byPost = step.delivery === 'post';
  return (
    <>
      <p className="next-step__counter" data-testid="collect-counter" data-delivery={byPost ? 'post' : 'counter'}>
        {byPost ? t('answer.collect.post') : t('answer.collect.ready')}
      </p>
      {documents.length > 0 && (
        <>
          <p>{t('answer.collect.documents')}</p>
          <ul className="next-step__documents" data-testid="result-documents">
            {documents.map((doc, i) => (
              <li key={i}>{doc}</li>
            ))}
          </ul>
        </>
      )}
      {byPost ? (
        <p>{t('answer.collect.postAsk')}</p>
      ) : (
        <>
          <p data-testid="collect-bring">{t('answer.collect.bring')}</p>
          <p data-testid="collect-proxy">{t('answer.collect.proxy')}</p>
        </>
      )}
      <VisitPlace counter={counter} />
    </>
  );
}

import { RatingValue, reasonsFor } from '../../shared/contract/index.ts';
import type { RatingReason } from '../../shared/contract/index.ts';
import { HelpContacts } from '../components/HelpContacts.tsx';
import { WarningIcon } from '../components/icons.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { RATING_FACES, TickIcon } from './rating-icons.tsx';
import type { SaveRating } from './save-rating.ts';
import { useRatingDraft } from './useRatingDraft.ts';
import '../components/Card.css';
import './RatingPrompt.css';

interface RatingPromptProps {
  dossierCode: string;
  save: SaveRating;
}

/**
 * Đánh giá mức độ hài lòng after a lookup: one tap rates (and saves), a second adds a reason.
 * Nothing personal is asked; the rating goes to the kiosk's outbox and up with the next sync.
 */
export function RatingPrompt({ dossierCode, save }: RatingPromptProps) {
  const { t } = useI18n();
  const { draft, saveState, choose, toggleReason, retry } = useRatingDraft(dossierCode, save);
  return (
    <section className="card rating" data-testid="rating" aria-labelledby="rating-title">
      <h3 id="rating-title" className="card__title rating__title">
        {t('rating.title')}
      </h3>
      <div className="rating__choices" role="group" aria-labelledby="rating-title">
        {RatingValue.options.map((value) => {
          const Face = RATING_FACES[value];
          return (
            <button
              key={value}
              type="button"
              className={`rating__choice rating__choice--${value}`}
              aria-pressed={draft.rating === value}
              data-testid={`rate-${value}`}
              onClick={() => choose(value)}
            >
              <Face className="rating__face" />
              <span>{t(`rating.${value}`)}</span>
              {draft.rating === value && <TickIcon className="rating__tick" />}
            </button>
          );
        })}
      </div>
      {draft.rating !== null && (
        <>
          <p className="rating__status" role="status" data-testid="rating-status" data-state={saveState}>
            {saveState === 'failed' ? (
              <button type="button" className="btn rating__retry" onClick={retry}>
                <WarningIcon className="btn__icon" />
                {t('rating.saveFailed')}
              </button>
            ) : (
              t('rating.thanks')
            )}
          </p>
          <p className="rating__prompt" id="rating-reasons">
            {t('rating.reasonsPrompt')}
          </p>
          <div className="rating__reasons" role="group" aria-labelledby="rating-reasons">
            {reasonsFor(draft.rating).map((reason) => (
              <button
                key={reason}
                type="button"
                className="rating__reason"
                aria-pressed={draft.reasons.includes(reason)}
                data-testid={`reason-${reason}`}
                onClick={() => toggleReason(reason)}
              >
                {draft.reasons.includes(reason) && <TickIcon className="rating__reason-tick" />}
                {t(`rating.reason.${reason}` as `rating.reason.${RatingReason}`)}
              </button>
            ))}
          </div>
          {draft.rating === 'not-satisfied' && <HelpContacts testId="rating-complaint" lead={t('rating.complaint')} />}
        </>
      )}
      <p className="rating__note">{t('rating.anonymous')}</p>
    </section>
  );
}

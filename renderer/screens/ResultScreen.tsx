import { useRef } from 'react';
import type { DossierView } from '../../shared/contract/index.ts';
import { isClosedWithoutResult, isFinished } from '../../shared/status/index.ts';
import { ReadAloudButton } from '../accessibility/ReadAloudButton.tsx';
import { DossierFacts } from '../components/DossierFacts.tsx';
import { HelpContacts } from '../components/HelpContacts.tsx';
import { HomeIcon } from '../components/icons.tsx';
import { RATING_FACES } from '../rating/rating-icons.tsx';
import { NextStepPanel } from '../components/NextStepPanel.tsx';
import { StatusPanel } from '../components/StatusPanel.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { useRenderedMark } from '../hooks/useRenderedMark.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { RatingPrompt } from '../rating/RatingPrompt.tsx';
import type { SaveRating } from '../rating/save-rating.ts';
import { DossierQr } from './DossierQr.tsx';
import { PrintAnswerButton } from './PrintAnswerButton.tsx';
import type { PrintAnswer } from './print-answer.ts';
import '../components/PhoneQr.css';
import './ResultScreen.css';

const SatisfiedFace = RATING_FACES.satisfied;

/** Procedure names run to 300 characters; past this they are set smaller. */
const LONG_NAME = 110;

interface ResultScreenProps {
  lookupId: number;
  dossier: DossierView;
  onDone: () => void;
  /** Saves the citizen's satisfaction rating of this lookup. */
  onRate: SaveRating;
  /** Prints the answer on the receipt printer (offered only where one is configured). */
  onPrint: PrintAnswer;
}

/**
 * One dossier's answer. The status with its due date and latest step comes first in either
 * orientation; in landscape the phone QR, the history and the rating sit beside it. The rating is
 * asked early only once the dossier is settled (finished or closed): on one still in progress it
 * comes after the history, and the bar at the bottom always has a way to it.
 */
export function ResultScreen({ lookupId, dossier, onDone, onRate, onPrint }: ResultScreenProps) {
  const { t } = useI18n();
  useRenderedMark(lookupId);
  const side = useRef<HTMLDivElement>(null);
  const settled = isFinished(dossier.status) || isClosedWithoutResult(dossier.status);
  const rating = <RatingPrompt dossierCode={dossier.code} save={onRate} />;
  const showRating = () => {
    const card = side.current?.querySelector<HTMLElement>('[data-testid="rating"]');
    card?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    card?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  };
  return (
    <section className="result" data-testid="screen-result" aria-labelledby="result-procedure">
      <header className="result__head">
        <p className="result__kicker">{t('result.procedure')}</p>
        <h2
          id="result-procedure"
          className={`result__procedure${dossier.procedureName.length > LONG_NAME ? ' result__procedure--long' : ''}`}
          data-testid="result-procedure"
        >
          {dossier.procedureName}
        </h2>
      </header>
      <div className="result__columns">
        <div className="result__main">
          <StatusPanel dossier={dossier} />
          <ReadAloudButton dossier={dossier} />
          <NextStepPanel dossier={dossier} />
          <HelpContacts />
          <DossierFacts dossier={dossier} />
        </div>
        <div className="result__side" ref={side} data-rating-first={settled}>
          {settled && rating}
          <DossierQr code={dossier.code} />
          <Timeline entries={dossier.timeline} />
          {!settled && rating}
        </div>
      </div>
      <footer className="result__actions" data-sticky-bottom>
        <p className="result__another">{t('result.scanAnother')}</p>
        <button type="button" className="btn btn--large" data-testid="rating-jump" onClick={showRating}>
          <SatisfiedFace className="btn__icon" />
          {t('rating.jump')}
        </button>
        <PrintAnswerButton code={dossier.code} print={onPrint} />
        <button type="button" className="btn btn--primary btn--large result__home" data-testid="nav-home" onClick={onDone}>
          <HomeIcon className="btn__icon" />
          {t('nav.home')}
        </button>
      </footer>
    </section>
  );
}

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
import { ProcedureTitle } from './ProcedureTitle.tsx';
import '../components/PhoneQr.css';
import './ResultScreen.css';

const SatisfiedFace = RATING_FACES.satisfied;

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
 * One dossier's answer, laid out for each orientation. Portrait reads down one column: the status
 * (with its due date and latest step), what to do next, whom to ask, the rating, the phone QR, the
 * history, the facts. Landscape puts what to do next beside the status, so both are on the first
 * screenful: the status and the facts on the left, the rest on the right. The rating is asked early
 * only once the dossier is settled (finished or closed): on one still in progress it comes after the
 * history, and the bar at the bottom always has a way to it.
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
      <ProcedureTitle name={dossier.procedureName} />
      <div className="result__columns">
        <div className="result__main">
          <StatusPanel dossier={dossier} />
          <ReadAloudButton dossier={dossier} />
        </div>
        <div className="result__side" ref={side} data-rating-first={settled}>
          <NextStepPanel dossier={dossier} />
          <HelpContacts />
          {settled && rating}
          <DossierQr code={dossier.code} />
          <Timeline entries={dossier.timeline} />
          {!settled && rating}
        </div>
        <div className="result__facts">
          <DossierFacts dossier={dossier} />
        </div>
      </div>
      <footer className="result__actions" data-sticky-bottom>
        {/* "Kéo xuống để xem thêm" takes this place while there is more below (ScrollHint). */}
        <div className="result__prompt" data-scroll-hint-slot>
          <p className="result__another">{t('result.scanAnother')}</p>
        </div>
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

import { useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Svg } from '../components/icons.tsx';
import './ProcedureTitle.css';

/** Procedure names run to 500 characters; past this they are set smaller. */
const LONG_NAME = 110;

/**
 * The result's heading: the procedure's name, cut to a few lines (ResultScreen.css says how many in
 * each orientation) so the answer stays on the first screenful, with a button that shows it whole
 * when it was cut. The heading always holds the whole name, for reading aloud.
 */
export function ProcedureTitle({ name }: { name: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState(false);
  const [cut, setCut] = useState(false);

  useLayoutEffect(() => {
    const element = heading.current;
    if (!element) return;
    const measure = () => setCut(element.scrollHeight > element.clientHeight + 1);
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => resized.disconnect();
  }, [name]);

  return (
    <header className="result__head">
      <p className="result__kicker">{t('result.procedure')}</p>
      <h2
        id="result-procedure"
        ref={heading}
        className={`result__procedure${name.length > LONG_NAME ? ' result__procedure--long' : ''}${open ? ' result__procedure--open' : ''}`}
        data-testid="result-procedure"
      >
        {name}
      </h2>
      {(cut || open) && (
        <button
          type="button"
          className="btn result__procedure-toggle"
          aria-expanded={open}
          aria-controls="result-procedure"
          data-testid="procedure-full-name"
          onClick={() => setOpen(!open)}
        >
          <Svg className="btn__icon">
            <path d={open ? 'm6 15 6-6 6 6' : 'm6 9 6 6 6-6'} />
          </Svg>
          {t(open ? 'result.procedureShort' : 'result.procedureFull')}
        </button>
      )}
    </header>
  );
}

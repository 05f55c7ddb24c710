import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Svg } from './icons.tsx';
import './ScrollHint.css';

/** Less than this below the fold is not worth a hint. */
const SLACK_PX = 8;
/** Room the floating hint takes above the bottom of what scrolls (its height and gap, in any text size). */
const HINT_ROOM = '6rem';

interface Hint {
  /** There is more below what the screen shows. */
  more: boolean;
  /** From the window's bottom to the bottom of what scrolls, less any bar the screen keeps stuck there. */
  bottomPx: number;
}

/**
 * "Kéo xuống để xem thêm": shown over the foot of the screen whenever it scrolls and there is
 * more below (a tap on it scrolls on), so no citizen takes the first screenful for all there is.
 * `screenKey` changes with the screen: the scrolling area is a new element then.
 */
export function ScrollHint({ screenKey }: { screenKey: string }) {
  const { t } = useI18n();
  const [hint, setHint] = useState<Hint>({ more: false, bottomPx: 0 });
  const [area, setArea] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const main = document.querySelector<HTMLElement>('.app__main');
    setArea(main);
    if (!main) return;
    const update = () => {
      const bar = main.querySelector<HTMLElement>('[data-sticky-bottom]');
      const more = main.scrollHeight - main.scrollTop - main.clientHeight > SLACK_PX;
      const bottomPx = Math.round(window.innerHeight - main.getBoundingClientRect().bottom + (bar ? bar.offsetHeight : 0));
      // What is scrolled to (a tap's target, a focused control) stops above the bar and the hint, not under them.
      main.style.scrollPaddingBottom = `calc(${bar ? bar.offsetHeight : 0}px + ${HINT_ROOM})`;
      setHint((old) => (old.more === more && old.bottomPx === bottomPx ? old : { more, bottomPx }));
    };
    update();
    const resized = new ResizeObserver(update);
    resized.observe(main);
    const changed = new MutationObserver(() => {
      for (const child of Array.from(main.children)) resized.observe(child);
      update();
    });
    changed.observe(main, { childList: true, subtree: true });
    for (const child of Array.from(main.children)) resized.observe(child);
    main.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('resize', update);
      resized.disconnect();
      changed.disconnect();
      main.removeEventListener('scroll', update);
    };
  }, [screenKey]);

  if (!hint.more || !area) return null;
  return (
    <button
      type="button"
      className="scroll-hint"
      data-testid="scroll-hint"
      style={{ bottom: `calc(${hint.bottomPx}px + 0.6rem)` }}
      onClick={() => area.scrollBy({ top: area.clientHeight * 0.7, behavior: 'smooth' })}
    >
      <Svg className="scroll-hint__icon">
        <path d="m6 9 6 6 6-6" />
      </Svg>
      {t('scroll.more')}
    </button>
  );
}

import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n/I18nContext.tsx';
import { Svg } from './icons.tsx';
import './ScrollHint.css';

/** Less than this below the fold is not worth a hint. */
const SLACK_PX = 8;

interface Hint {
  /** There is more below what the screen shows. */
  more: boolean;
  /** Where the hint goes: the screen's bottom bar (its slot for the hint, or the bar itself), or null for a strip of its own. */
  host: HTMLElement | null;
  /** The screen is scrolled down: at its end, the hint's place is kept. */
  scrolled: boolean;
}

/**
 * "Kéo xuống để xem thêm": shown whenever the screen scrolls and there is more below (a tap on it
 * scrolls on), so no citizen takes the first screenful for all there is; gone once the end shows.
 * It never covers what it points to: it takes a place in the screen's bottom bar (the slot a bar
 * keeps for it, `data-scroll-hint-slot`, or a row of its own in the bar), and on a screen without
 * a bar a strip of its own under the scrolling area.
 * `screenKey` changes with the screen: the scrolling area is a new element then.
 */
export function ScrollHint({ screenKey }: { screenKey: string }) {
  const { t } = useI18n();
  const [hint, setHint] = useState<Hint>({ more: false, host: null, scrolled: false });
  const [area, setArea] = useState<HTMLElement | null>(null);
  const [shownOnScreen, setShownOnScreen] = useState(false);
  useEffect(() => setShownOnScreen(false), [screenKey]);
  useEffect(() => {
    if (hint.more) setShownOnScreen(true);
  }, [hint.more]);

  useEffect(() => {
    const main = document.querySelector<HTMLElement>('.app__main');
    setArea(main);
    if (!main) return;
    const update = () => {
      const bar = main.querySelector<HTMLElement>('[data-sticky-bottom]');
      const host = main.querySelector<HTMLElement>('[data-scroll-hint-slot]') ?? bar;
      const more = main.scrollHeight - main.scrollTop - main.clientHeight > SLACK_PX;
      // What is scrolled to (a tap's target, a focused control) stops above the bar, not under it.
      main.style.scrollPaddingBottom = bar ? `${bar.offsetHeight}px` : '';
      const scrolled = main.scrollTop > 0;
      setHint((old) => (old.more === more && old.host === host && old.scrolled === scrolled ? old : { more, host, scrolled }));
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

  const slot = hint.host?.hasAttribute('data-scroll-hint-slot') === true;
  // A hint in a place of its own (a strip, a row of a bar) keeps that place once the end is
  // scrolled to: freed, the scrolling area would grow under a finger at the end and move what it
  // is about to tap. A screen whose content came to fit (not scrolled) frees it.
  if (!area || (!hint.more && (!shownOnScreen || slot || !hint.scrolled))) return null;
  const content = (
    <>
      <Svg className="scroll-hint__icon">
        <path d="m6 9 6 6 6-6" />
      </Svg>
      {t('scroll.more')}
    </>
  );
  const button = hint.more ? (
    <button type="button" className="scroll-hint" data-testid="scroll-hint" onClick={() => area.scrollBy({ top: area.clientHeight * 0.7, behavior: 'smooth' })}>
      {content}
    </button>
  ) : (
    <button type="button" className="scroll-hint scroll-hint--spent" aria-hidden="true" tabIndex={-1} disabled>
      {content}
    </button>
  );
  // A bar of the screen just left is gone: the hint waits for the new screen's.
  if (hint.host) return hint.host.isConnected ? createPortal(button, hint.host) : null;
  return <div className="scroll-hint-strip">{button}</div>;
}

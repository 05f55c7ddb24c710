import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { chartFontPx } from './chart-font.ts';
import './OnTimeChart.css';

export interface OnTimeBar {
  /** The axis label; `\n` breaks it into lines. */
  label: string;
  /** 0–1, or null when nothing was finished: a gap, no bar and no value. */
  rate: number | null;
  /** Written at the end of the bar: the rate and the counts, so no value is told by colour or length alone; empty for a gap. */
  valueText: string;
}

interface OnTimeChartProps {
  bars: OnTimeBar[];
  /** Months run along the bottom; fields and agencies down the side, their names readable. */
  layout: 'columns' | 'rows';
  /** The chart's text alternative (every value in words). */
  description: string;
  testId: string;
  /** Changes whenever the page's look changes (language, large text, high contrast): redraw. */
  lookKey: string;
}

/** A row fits its label's lines (at 0.72 rem, 1.5 line height) with air around them. */
const rowRem = (lines: number) => Math.max(2.6, lines * 1.1 + 1);
const COLUMNS_HEIGHT_REM = 12;

function token(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/**
 * On-time rates as bars, drawn with uPlot on a canvas scaled to 0–100 %. Each bar carries its
 * value in words; the canvas is one image to assistive technology, named by `description`.
 */
export function OnTimeChart({ bars, layout, description, testId, lookKey }: OnTimeChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let plot: uPlot | null = null;
    let cancelled = false;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const rows = layout === 'rows';
    const lines = Math.max(1, ...bars.map((b) => b.label.split('\n').length));
    const height = Math.round(rem * (rows ? Math.max(2, bars.length) * rowRem(lines) + 2.4 : COLUMNS_HEIGHT_REM));
    const fontPx = chartFontPx(rem);
    const font = `${fontPx}px 'Noto Sans', sans-serif`;
    const boldFont = `700 ${fontPx}px 'Noto Sans', sans-serif`;
    const ink = token('--text', '#111827');
    const barFill = token('--blue-700', '#1447a3');
    const grid = token('--grey-300', '#c7ccd6');

    const xs = bars.map((_, i) => i);
    const ys = bars.map((b) => (b.rate === null ? null : b.rate * 100));
    const labelWidth = (() => {
      if (!rows) return 0;
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return rem * 10;
      ctx.font = font;
      return Math.max(...bars.flatMap((b) => b.label.split('\n').map((line) => ctx.measureText(line).width)), rem * 4);
    })();
    const valueWidth = (() => {
      const ctx = document.createElement('canvas').getContext('2d');
      if (!ctx) return rem * 6;
      ctx.font = boldFont;
      return Math.max(...bars.map((b) => ctx.measureText(b.valueText).width), rem * 3);
    })();

    const barBoxes: { idx: number; left: number; top: number; width: number; height: number }[] = [];
    const drawValues = (u: uPlot) => {
      const ratio = uPlot.pxRatio;
      const ctx = u.ctx;
      ctx.save();
      ctx.font = `700 ${fontPx * ratio}px 'Noto Sans', sans-serif`;
      ctx.fillStyle = ink;
      for (const [idx, bar] of bars.entries()) {
        if (bar.rate === null || bar.valueText === '') continue;
        const box = barBoxes.find((b) => b.idx === idx);
        const along = u.valToPos(idx, 'x', true);
        if (rows) {
          const x = box ? box.left + box.width : u.valToPos(0, 'y', true);
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(bar.valueText, x + 0.4 * rem * ratio, along);
        } else {
          const y = box ? box.top : u.valToPos(0, 'y', true);
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(bar.valueText, along, y - 0.25 * rem * ratio);
        }
      }
      ctx.restore();
    };

    const options = (width: number): uPlot.Options => ({
      width,
      height,
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      padding: rows ? [rem * 0.4, valueWidth + rem * 0.8, 0, 0] : [fontPx * 2.2, rem * 0.6, 0, 0],
      scales: {
        // Rows run top to bottom in the order given (the busiest first); columns grow upwards.
        x: { time: false, range: [-0.6, Math.max(bars.length, 1) - 0.4], ori: rows ? 1 : 0, dir: rows ? -1 : 1 },
        y: { range: [0, 100], ori: rows ? 0 : 1, dir: 1 },
      },
      axes: [
        {
          scale: 'x',
          side: rows ? 3 : 2,
          font,
          stroke: ink,
          grid: { show: false },
          ticks: { show: false },
          splits: () => xs,
          values: (_u, splits) => splits.map((i) => bars[i]?.label ?? ''),
          size: rows ? labelWidth + rem * 0.8 : fontPx * 3.6,
          gap: rem * 0.3,
        },
        {
          scale: 'y',
          side: rows ? 2 : 3,
          font,
          stroke: ink,
          grid: { stroke: grid, width: 1 },
          ticks: { show: false },
          splits: () => [0, 25, 50, 75, 100],
          values: (_u, splits) => splits.map((v) => `${v}%`),
          size: rows ? fontPx * 2 : fontPx * 3.4,
          gap: rem * 0.2,
        },
      ],
      series: [
        {},
        {
          fill: barFill,
          stroke: barFill,
          width: 0,
          points: { show: false },
          paths: uPlot.paths.bars!({
            size: [rows ? 0.62 : 0.56, rem * 5],
            each: (_u, _s, idx, left, top, w, h) => {
              barBoxes.push({ idx, left, top, width: w, height: h });
            },
          }),
        },
      ],
      hooks: {
        drawClear: [() => void barBoxes.splice(0)],
        draw: [drawValues],
      },
    });

    // Canvas text needs the web font loaded first, or it is drawn (and measured) in a fallback.
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      plot = new uPlot(options(el.clientWidth), [xs, ys], el);
    });
    const resize = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height }));
    resize.observe(el);
    return () => {
      cancelled = true;
      resize.disconnect();
      plot?.destroy();
    };
  }, [bars, layout, lookKey]);

  // The canvas's labels and values as drawn, for tests and tools (the canvas itself cannot be read).
  return (
    <div
      ref={host}
      className={`on-time-chart on-time-chart--${layout}`}
      role="img"
      aria-label={description}
      data-testid={testId}
      data-labels={JSON.stringify(bars.map((b) => b.label))}
      data-values={JSON.stringify(bars.map((b) => (b.rate === null ? null : b.valueText)))}
    />
  );
}

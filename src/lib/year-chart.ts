// The front page's chart of articles per year: bars laid out in SVG user units, every year from
// the first to the last (years without articles as empty bars, so the shape is honest).

/** One year of the chart, in the SVG's user units. */
export interface YearBar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the bar, where its labels stand. */
  cx: number;
  /** Whether the year's label is written under the bar (all of them on a short chart). */
  labelled: boolean;
}

/** The chart: its viewBox size, the bars and where the labels' baselines are. */
export interface YearChart {
  width: number;
  height: number;
  bars: YearBar[];
  /** Baseline of the years under the bars. */
  yearY: number;
  /** Bottom of the bars. */
  baseY: number;
}

// A bar and its gap take STEP units; a long archive shares MAX_WIDTH among its years instead.
const STEP = 40;
const MAX_WIDTH = 480;
const PLOT = 96;
const TOP = 18;
const BOTTOM = 22;
// Past this many years only every fifth year (and the first and last) is written under its bar.
const ALL_LABELS = 12;

const round = (n: number) => Math.round(n * 10) / 10;

/** Lays out a bar per year from the first year with articles to the last, tallest = most articles. */
export function yearChart(counts: { year: number; count: number }[]): YearChart {
  const years = counts.map((c) => c.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const byYear = new Map(counts.map((c) => [c.year, c.count]));
  const span = counts.length === 0 ? 0 : last - first + 1;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const baseY = TOP + PLOT;
  const step = span <= ALL_LABELS ? STEP : MAX_WIDTH / span;
  const barWidth = round(step * 0.7);
  const bars = Array.from({ length: span }, (_, i): YearBar => {
    const year = first + i;
    const count = byYear.get(year) ?? 0;
    const height = count === 0 ? 0 : Math.max(2, round((count / max) * PLOT));
    const x = round((step - barWidth) / 2 + i * step);
    return {
      year,
      count,
      x,
      y: round(baseY - height),
      width: barWidth,
      height,
      cx: round(x + barWidth / 2),
      labelled: span <= ALL_LABELS || i === 0 || i === span - 1 || year % 5 === 0,
    };
  });
  return { width: round(span * step), height: baseY + BOTTOM, bars, yearY: baseY + 15, baseY };
}

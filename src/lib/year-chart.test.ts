import { describe, expect, it } from 'vitest';
import { yearChart } from './year-chart.ts';

describe('yearChart', () => {
  const chart = yearChart([
    { year: 2023, count: 1 },
    { year: 2021, count: 4 },
    { year: 2017, count: 2 },
  ]);

  it('has a bar for every year from the first to the last, empty years included', () => {
    expect(chart.bars.map((b) => [b.year, b.count])).toEqual([
      [2017, 2],
      [2018, 0],
      [2019, 0],
      [2020, 0],
      [2021, 4],
      [2022, 0],
      [2023, 1],
    ]);
  });

  it('draws the year with most articles tallest, in proportion, on one baseline', () => {
    const [y2017, , , , y2021, y2022, y2023] = chart.bars;
    expect(y2021!.height).toBeGreaterThan(y2017!.height);
    expect(y2017!.height * 2).toBeCloseTo(y2021!.height, 0);
    expect(y2023!.height * 4).toBeCloseTo(y2021!.height, 0);
    expect(y2022!.height).toBe(0);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBeCloseTo(chart.baseY, 5);
    for (const bar of chart.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
  });

  it('labels every year on a short chart, and every fifth year (first and last too) on a long one', () => {
    expect(chart.bars.every((b) => b.labelled)).toBe(true);
    const long = yearChart([
      { year: 1990, count: 1 },
      { year: 2023, count: 1 },
    ]);
    expect(long.bars).toHaveLength(34);
    expect(long.width).toBeLessThanOrEqual(480);
    expect(long.bars.filter((b) => b.labelled).map((b) => b.year)).toEqual([
      1990, 1995, 2000, 2005, 2010, 2015, 2020, 2023,
    ]);
  });

  it('is empty for an empty archive', () => {
    expect(yearChart([]).bars).toEqual([]);
  });
});

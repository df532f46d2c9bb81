import { describe, expect, it } from 'vitest';
import { headlineLength, summaryLength } from './headline.ts';

describe('headlineLength', () => {
  it('sets headlines smaller as they grow, up to the 200 characters the schema allows', () => {
    expect(headlineLength('KASN Matangkan Rencana Perpanjangan Kerja Sama')).toBe('short');
    expect(headlineLength('x'.repeat(90))).toBe('short');
    expect(headlineLength('x'.repeat(91))).toBe('long');
    expect(headlineLength('x'.repeat(141))).toBe('longest');
    expect(headlineLength('x'.repeat(200))).toBe('longest');
  });
});

describe('summaryLength', () => {
  it('sets summaries smaller as they grow, up to the 400 characters the schema allows', () => {
    expect(summaryLength('x'.repeat(240))).toBe('short');
    expect(summaryLength('x'.repeat(241))).toBe('long');
    expect(summaryLength('x'.repeat(321))).toBe('longest');
    expect(summaryLength('x'.repeat(400))).toBe('longest');
  });
});

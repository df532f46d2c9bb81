import { describe, expect, it } from 'vitest';
import { headlineLength } from './headline.ts';

describe('headlineLength', () => {
  it('sets headlines smaller as they grow, up to the 200 characters the schema allows', () => {
    expect(headlineLength('KASN Matangkan Rencana Perpanjangan Kerja Sama')).toBe('short');
    expect(headlineLength('x'.repeat(90))).toBe('short');
    expect(headlineLength('x'.repeat(91))).toBe('long');
    expect(headlineLength('x'.repeat(141))).toBe('longest');
    expect(headlineLength('x'.repeat(200))).toBe('longest');
  });
});

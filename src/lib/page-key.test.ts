import { describe, expect, it } from 'vitest';
import { pageKey } from './page-key.ts';

describe('pageKey', () => {
  const a = { slug: 'a', title: 'A' };
  const b = { slug: 'b', title: 'B' };

  it('is the same for the same inputs, even as other objects with equal contents', () => {
    expect(pageKey(a, [b], 'id')).toBe(pageKey({ ...a }, [{ ...b }], 'id'));
  });

  it('changes when anything the page shows changes: an input, its order, a missing one', () => {
    const key = pageKey(a, [b], 'id');
    expect(pageKey({ ...a, title: 'A2' }, [b], 'id')).not.toBe(key);
    expect(pageKey(a, [b, a], 'id')).not.toBe(key);
    expect(pageKey(a, [], 'id')).not.toBe(key);
    expect(pageKey(a, [b], 'en')).not.toBe(key);
    expect(pageKey(undefined, a, [b])).not.toBe(pageKey(a, undefined, [b]));
    expect(pageKey(1)).not.toBe(pageKey('1'));
  });
});

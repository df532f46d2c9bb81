import type { QueryUnit } from './query.ts';
import type { Segment } from './snippet.ts';

// What a unit was read as, when that is not what the reader typed: the typo reading most
// documents hold ("refomasi" → "reformasi"), or the corrected words of a phrase or compound.
// A word being typed that some terms start with is a word not finished, not a typo.
function readAs(unit: QueryUnit, documentsWith: (term: string) => number): string | undefined {
  if (
    unit.open &&
    unit.alternatives.some((a) => a.kind === 'prefix' && documentsWith(a.term) > 0)
  ) {
    return undefined;
  }
  const word = !unit.text.includes(' ') && !unit.alternatives.some((a) => a.term.startsWith('~'));
  if (!word) return unit.reading !== unit.text ? unit.reading : undefined;
  if (unit.alternatives.some((a) => a.kind === 'exact')) return undefined;
  let best: string | undefined;
  let most = 0;
  for (const { term, kind } of unit.alternatives) {
    const n = kind === 'typo' ? documentsWith(term) : 0;
    if (n > most) [best, most] = [term, n];
  }
  return best;
}

/**
 * The query as the search read it, when it corrected a typo: the reader's own text, with each
 * corrected word replaced by its reading and marked. Null when nothing was corrected.
 */
export function correction(
  query: string,
  units: QueryUnit[],
  documentsWith: (term: string) => number,
): Segment[] | null {
  const out: Segment[] = [];
  let cursor = 0;
  let changed = false;
  for (let i = 0; i < units.length;) {
    const [start, end] = units[i]!.span;
    // The parts of a hyphenated word share its span: read them together.
    let j = i;
    while (j < units.length && units[j]!.span[0] === start) j++;
    const group = units.slice(i, j);
    const readings = group.map((u) => readAs(u, documentsWith));
    i = j;
    if (start < cursor || readings.every((r) => r === undefined)) continue;
    if (start > cursor) out.push({ text: query.slice(cursor, start), mark: false });
    out.push({ text: group.map((u, k) => readings[k] ?? u.text).join('-'), mark: true });
    cursor = end;
    changed = true;
  }
  if (!changed) return null;
  if (cursor < query.length) out.push({ text: query.slice(cursor), mark: false });
  return out;
}

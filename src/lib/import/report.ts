import { formatDateRangeId } from '../dates.ts';
import type { Analysis, Suggestion } from './types.ts';

const CERTAINTY = { pasti: 'pasti', disimpulkan: 'disimpulkan — periksa', ragu: 'ragu — periksa' };

const list = (items: Suggestion[]) =>
  items.length ? items.map((s) => `${s.id} (${s.matches.join(', ')})`).join('; ') : '—';

/** What the importer found and what it left to a person, as lines for the terminal (Indonesian). */
export function describeAnalysis(a: Analysis): string[] {
  const { date } = a;
  const lines = [
    'Ditemukan:',
    `  judul: ${a.title ?? (a.titleDoubt ? `— (ragu: ${a.titleDoubt})` : '— (tidak ada judul di sumber)')}`,
    `  tanggal: ${formatDateRangeId(date.start, date.end)} (${date.kind}, ${CERTAINTY[date.certainty]}) — ${date.reason}`,
    ...a.otherDates.map(
      (d) => `  tanggal lain di teks: ${formatDateRangeId(d.start, d.end)} — "${d.evidence}"`,
    ),
    ...a.ignoredDates.map((d) => `  tanggal diabaikan (di dalam kutipan): "${d}"`),
    `  paragraf: ${a.paragraphs.length}`,
  ];
  if (a.caption) {
    const credit = a.caption.credit ? ` (foto: ${a.caption.credit})` : '';
    lines.push(`  keterangan foto: "${a.caption.text}"${credit}`);
  }
  for (const credit of a.credits) lines.push(`  kredit: ${credit.role}: ${credit.name}`);
  if (a.publisher) lines.push(`  penerbit: ${a.publisher}`);
  if (a.republishedFrom) {
    lines.push(`  tayang pertama di: ${a.republishedFrom}, judul asli: "${a.originalTitle}"`);
  }
  if (a.copyright) lines.push(`  hak cipta: ${a.copyright}`);
  lines.push(
    'Saran (periksa):',
    `  institution: ${a.institution ? `${list([a.institution])}${a.institutionSure ? '' : ' — ragu, periksa'}` : '—'}`,
    `  partnerInstitutions: ${list(a.partnerInstitutions)}`,
    `  partnerCountries: ${list(a.countries)}`,
    `  topics: ${list(a.topics)}`,
    `  people: ${a.people.map((p) => `${p.name} (${p.role})`).join('; ') || '—'}`,
  );
  if (a.removed.length) {
    lines.push(`Dibuang: ${a.removed.map((r) => `"${r.line}" (${r.reason})`).join(', ')}`);
  }
  lines.push('Belum diputuskan (TODO di draf):', ...a.undecided.map((u) => `  ${u}`));
  return lines;
}

import { DEFAULT_LOCALE, type Locale } from '../locales.ts';
import { localized } from '../localize.ts';
import type { Institution, Taxonomies } from '../types.ts';
import type { FacetName, SearchCore } from './types.ts';

/** A filter value as the page offers it, labelled in the page's language. */
export interface FacetOption {
  id: string;
  label: string;
}

/** A run of a facet's values under a heading of its own (or none). */
export interface FacetGroup {
  label?: string;
  options: FacetOption[];
}

/** What names the groups of the institution filter. */
export interface GroupLabels {
  indonesia: string;
  partners: string;
}

/**
 * The filters' values, in the index's order, labelled as the listings name them in the page's
 * language: years, institutions by full name in two groups (Indonesia, partners), topics by name.
 */
export function facetGroups(
  facets: SearchCore['facets'],
  data: Pick<Taxonomies, 'institutions' | 'topics'>,
  groups: GroupLabels,
  locale: Locale = DEFAULT_LOCALE,
): Record<FacetName, FacetGroup[]> {
  const institutions = new Map(data.institutions.map((i) => [i.id, i]));
  const topics = new Map(data.topics.map((t) => [t.id, t]));
  const option = (id: string, label: string | undefined): FacetOption => ({
    id,
    label: label ?? id,
  });
  const institution = (id: string): Institution | undefined => institutions.get(id);
  const fullName = (id: string) => {
    const found = institution(id);
    return found && localized(found, 'fullName', locale);
  };
  const topicName = (id: string) => {
    const found = topics.get(id);
    return found && localized(found, 'name', locale);
  };
  const indonesian = facets.instansi.filter((id) => institution(id)?.country === 'indonesia');
  const partners = facets.instansi.filter((id) => institution(id)?.country !== 'indonesia');
  return {
    tahun: [{ options: facets.tahun.map((y) => option(y, y)) }],
    instansi: [
      {
        label: groups.indonesia,
        options: indonesian.map((id) => option(id, fullName(id))),
      },
      {
        label: groups.partners,
        options: partners.map((id) => option(id, fullName(id))),
      },
    ].filter((g) => g.options.length > 0),
    topik: [{ options: facets.topik.map((id) => option(id, topicName(id))) }],
  };
}

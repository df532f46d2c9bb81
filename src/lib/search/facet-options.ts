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
 * The filters' values, in the index's order, labelled as the listings name them: years,
 * institutions by full name in two groups (Indonesia, partners), topics by name.
 */
export function facetGroups(
  facets: SearchCore['facets'],
  data: Pick<Taxonomies, 'institutions' | 'topics'>,
  groups: GroupLabels,
): Record<FacetName, FacetGroup[]> {
  const institutions = new Map(data.institutions.map((i) => [i.id, i]));
  const topics = new Map(data.topics.map((t) => [t.id, t]));
  const option = (id: string, label: string | undefined): FacetOption => ({
    id,
    label: label ?? id,
  });
  const institution = (id: string): Institution | undefined => institutions.get(id);
  const indonesian = facets.instansi.filter((id) => institution(id)?.country === 'indonesia');
  const partners = facets.instansi.filter((id) => institution(id)?.country !== 'indonesia');
  return {
    tahun: [{ options: facets.tahun.map((y) => option(y, y)) }],
    instansi: [
      {
        label: groups.indonesia,
        options: indonesian.map((id) => option(id, institution(id)?.fullName)),
      },
      {
        label: groups.partners,
        options: partners.map((id) => option(id, institution(id)?.fullName)),
      },
    ].filter((g) => g.options.length > 0),
    topik: [{ options: facets.topik.map((id) => option(id, topics.get(id)?.name)) }],
  };
}

/** Articles a listing page shows: enough to browse, small enough to load at once on a phone. */
export const LISTING_PAGE_SIZE = 50;

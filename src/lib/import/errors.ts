/** A source text the importer cannot turn into a draft: every reason, in Indonesian, with its fix. */
export class ImportError extends Error {
  readonly reasons: string[];
  /** The article's paragraphs where they were read before the refusal (for the duplicate check). */
  readonly paragraphs?: string[] | undefined;

  constructor(reasons: string | string[], paragraphs?: string[]) {
    const list = typeof reasons === 'string' ? [reasons] : reasons;
    super(list.join('; '));
    this.name = 'ImportError';
    this.reasons = list;
    this.paragraphs = paragraphs;
  }
}

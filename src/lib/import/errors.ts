/** A source text the importer cannot turn into a draft; the message says what is wrong, in Indonesian. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

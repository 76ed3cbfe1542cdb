/**
 * The caseload page as last written, per scope and page, kept while the store's revision is unchanged.
 *
 * A caseload is read far more often than it changes: officers reopen it all day, and the records under it
 * change on an import, an edit or the nightly refresh. Each of those moves `store.revision()`, so an entry
 * written at one revision is served only while the revision is the same, in whichever process the change
 * was made. The revision is read before the page is computed: a change landing while a page is built can
 * only leave an entry under the old number, never a stale one under the new. What the cache saves is the
 * work (two queries, the JSON of 200 people and its UTF-8 bytes); the caller still checks the session and appends the audit
 * row for every request.
 */
export interface CachedPage {
  revision: number;
  /** The ids on the page, in order: the audit row names them. */
  ids: string[];
  /** The response body, written once, as the bytes sent: no re-encoding of 70 KiB for each request. */
  body: Buffer;
}

export class CaseloadCache {
  private readonly entries = new Map<string, CachedPage>();

  /** `capacity` pages at most (about 55 KiB each for 200 people); the least recently used goes first. */
  constructor(private readonly capacity = 500) {}

  get(key: string, revision: number): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.revision !== revision) return undefined;
    this.entries.set(key, entry); // now the most recently used
    return entry;
  }

  set(key: string, page: CachedPage): void {
    this.entries.delete(key);
    this.entries.set(key, page);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

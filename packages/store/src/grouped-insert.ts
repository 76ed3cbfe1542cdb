/**
 * Rows appended one by one by concurrent requests, written together: every row added while the event
 * loop is busy with other work goes into one multi-row INSERT on the next turn (a group commit). Each
 * caller's promise settles only when its own row is written, so a request that must leave a record (the
 * audit log's "who read what") still answers only after the record is stored; the rows simply share a
 * statement and a commit instead of paying for one each.
 *
 * If the shared statement fails, each row of it is written again on its own, so one bad row fails its
 * own caller and no other.
 */
export class GroupedInsert<Row> {
  private pending: { row: Row; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly insert: (rows: Row[]) => Promise<void>,
    /** The most rows one statement carries (bound parameters are limited in both databases). */
    private readonly maxRows = 200,
  ) {}

  add(row: Row): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ row, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.writing = this.flush();
        });
      }
    });
  }

  /** Resolves once every row added so far is written (or has failed): before the database closes. */
  async settled(): Promise<void> {
    while (this.scheduled || this.pending.length > 0) await new Promise((resolve) => setImmediate(resolve));
    await this.writing;
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const waiting = this.pending;
    this.pending = [];
    for (let from = 0; from < waiting.length; from += this.maxRows) {
      const group = waiting.slice(from, from + this.maxRows);
      try {
        await this.insert(group.map((g) => g.row));
        for (const g of group) g.resolve();
      } catch (e) {
        if (group.length === 1) group[0]!.reject(e);
        else {
          // One after another, so the rows keep their order in the table.
          for (const g of group) await this.insert([g.row]).then(g.resolve, g.reject);
        }
      }
    }
  }
}

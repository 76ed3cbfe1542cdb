/**
 * An upload copied to a private temporary file before the work that needs the database starts.
 *
 * An import writes in one transaction, and on SQLite a transaction holds the store's one connection:
 * read from the network inside it, a slow or stalled client would hold every other request of every user
 * for as long as it kept sending. Spooled first, the transaction lasts only as long as the records take to
 * check and write. The copy holds people's records, so it is readable by this process's user only and
 * removed when the work ends, however it ends.
 */
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function withUploadSpooled<T>(body: Readable, work: (copy: ReadStream) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pathways-upload-'));
  try {
    const file = join(dir, 'upload');
    await pipeline(body, createWriteStream(file, { mode: 0o600, flags: 'wx' }));
    const copy = createReadStream(file);
    try {
      return await work(copy);
    } finally {
      copy.destroy();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

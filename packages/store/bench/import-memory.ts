/**
 * Memory and speed of a large import: writes N generated records as JSON Lines, imports them into a
 * fresh SQLite store and prints the peak resident memory seen at each progress report. Memory should
 * stay flat as N grows (the importer streams and batches). Usage:
 *   node --import tsx packages/store/bench/import-memory.ts 1000000
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importRecords, openStore } from '../src/index.ts';
import { person } from '../test/records.ts';

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'pathways-bench-'));
try {
  const file = join(dir, 'people.jsonl');
  const out = createWriteStream(file);
  for (let i = 1; i <= n; i++) {
    if (!out.write(JSON.stringify(person(i)) + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  const store = await openStore({ sqlitePath: join(dir, 'pathways.sqlite') });
  await store.agencies.upsert({ id: 'AG-1', name: 'County Probation', jurisdiction: 'US-CA' });
  const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
  let peak = 0;
  const samples: string[] = [];
  const started = performance.now();
  const report = await importRecords(store, file, {
    agencyId: 'AG-1',
    asOf: '2026-06-01',
    onProgress: (records) => {
      peak = Math.max(peak, mb());
      if (records % 100_000 < 2500) samples.push(`${records}: ${mb()} MB`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      records: n,
      read: report.read,
      written: report.written,
      seconds: Math.round(seconds),
      perSecond: Math.round(n / seconds),
      peakRssMb: peak,
    }),
  );
  console.log(samples.join('\n'));
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

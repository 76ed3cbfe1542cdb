/**
 * The `pathways` command line. Exit status: 0 with results; 2 on invalid input or usage (the message
 * on standard error, nothing on standard output); 1 only for a fault in Pathways itself.
 *
 * The commands that need storage or the server (serve, demo, import, backup, restore, totp) load them when
 * they run, so that `evaluate` and `validate` start without loading a database driver, the PDF library
 * or the mailer.
 */
import { EARLIEST_YEAR, formatIsoDate, inSupportedYears, LATEST_YEAR, LAW_VERSION, tryParseIsoDate, type Day } from '@pathways/law';
import { CALIBRATED_JURISDICTIONS, ReformFileError } from '@pathways/sim';
import { evaluateCommand, EvaluationFault, type EvaluateFormat } from './commands/evaluate.ts';
import { lawListCommand, lawSiteCommand, type LawListFormat } from './commands/law.ts';
import { synthCommand } from './commands/synth.ts';
import { validateCommand } from './commands/validate.ts';
import { MAX_PEOPLE, parseSimulateArgs, SIMULATE_USAGE } from './commands/simulate-args.ts';
import { simulateCommand, SimulateUsageError } from './commands/simulate.ts';
import { checkOutputDirectory, InputError } from './io/input-error.ts';
import { Output, OutputError } from './io/output.ts';
import { parseOptions } from './io/parse-options.ts';
import { namesStandardInput, withInputsSpooled } from './io/spool-inputs.ts';

const USAGE = `Usage: pathways <command> [options]

Commands:
  validate FILE…                      list every error in record files (JSON array or JSON Lines)
  evaluate [--as-of DATE] FILE…       evaluate every term under the law in force on DATE
      --as-of YYYY-MM-DD              the date to evaluate as of (default: today)
      --format json|jsonl|text        json: one array (default); jsonl: one evaluation a line; text: for reading
      --stats                         afterwards, print terms per second and peak memory to standard error
  law list [--format text|json|csv]   coverage: every provision, its citation, dates, review status and tests
  law site OUT_DIR                    write the law reference as static HTML that opens from disk
  demo                                evaluate every shipped example and write the law reference to data/law-reference
  synth --jurisdiction CODE --people N --out FILE.jsonl
                                      write N synthetic people on supervision (JSON Lines), calibrated to CODE
      --seed S                        whole number 0–4294967295 (default 1); the same seed writes the same file
      --as-of YYYY-MM-DD              the day everyone is on supervision (default 2025-01-01, fixed so runs reproduce)
${SIMULATE_USAGE}  serve [--port 8080] [--host 127.0.0.1]
                                      the API server over ./data/pathways.sqlite (DATABASE_URL=postgres://… for PostgreSQL);
                                      an empty database is seeded with the fictional demo and its accounts are printed
  import FILE --agency ID             add or update people from JSON, JSON Lines or CSV (packages/store/docs/import-csv.md), one transaction
      --skip-invalid                  write the valid records and list the rejected ones (default: any error writes nothing)
      --format json|csv               when the file name does not say
      --as-of YYYY-MM-DD              evaluate the imported people as of DATE (default: today)
      --workers W                     threads that validate and evaluate while one reads and writes
                                      (default: the cores less one, at least 1; 0: no worker threads)
  backup FILE                         copy the SQLite database while it is in use (PostgreSQL: pg_dump)
  restore FILE                        replace the SQLite database with a backup (stop the server first)
  totp [SECRET]                       the current sign-in code for a TOTP secret (default: the demo accounts' secret)
  help                                this text
  version                             the engine and law version

Options for validate and evaluate:
      --max-record-bytes N            refuse records larger than N bytes (default 1048576)

For validate and evaluate, a FILE of "-" reads standard input. Exit status: 0 success, 2 invalid input or usage, 1 internal fault.
`;

class UsageError extends Error {}

/**
 * The day `--as-of` names: a real date written YYYY-MM-DD, in the years a record may carry (records/schema.ts),
 * so that the law looked up for it is law the rules know.
 */
function parseAsOf(text: string): Day {
  const day = tryParseIsoDate(text);
  if (day === undefined) throw new UsageError(`--as-of ${JSON.stringify(text)} is not a real date written YYYY-MM-DD`);
  if (!inSupportedYears(day)) throw new UsageError(`--as-of ${text} is outside the supported years ${EARLIEST_YEAR}–${LATEST_YEAR}`);
  return day;
}

/** `synth`'s default as-of date: fixed, not today, so that the same command writes the same file on any day. */
const SYNTH_AS_OF = '2025-01-01';

export async function main(argv: string[]): Promise<number> {
  const out = new Output(process.stdout);
  const err = new Output(process.stderr);
  try {
    const status = await run(argv, out, err);
    // A write that failed after the last one was queued (a full disk on the final flush).
    await out.flush();
    out.check();
    return status;
  } catch (e) {
    if (e instanceof OutputError) {
      await err.write(`pathways: ${e.message}\n`);
      return 1;
    }
    if (e instanceof EvaluationFault) {
      await err.write(`pathways evaluate: internal error: ${e.message}\n${(e.cause as Error | undefined)?.stack ?? ''}\n`);
      return 1;
    }
    if (e instanceof ReformFileError || e instanceof InputError) {
      await err.write(`pathways: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError || e instanceof SimulateUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      await err.write(`pathways: ${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // Only a command that opened the store meets SQLite's errors, so only then is the store loaded here.
    if (String((e as { code?: unknown } | null)?.code).startsWith('SQLITE_') && (await import('@pathways/store')).isDatabaseBusy(e)) {
      await err.write(
        'pathways: the database is busy: another process (a server, an import) was writing to it, and nothing was changed. Try again.\n',
      );
      return 1;
    }
    await err.write(`pathways: internal error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

async function run(argv: string[], out: Output, err: Output): Promise<number> {
  const [command, ...rest] = argv;
  // `pathways evaluate --help` and the like: the usage, which covers every command, rather than an
  // "unknown option" from the command's own parser.
  if (command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    await out.write(USAGE);
    return 0;
  }
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      await out.write(USAGE);
      return command === undefined ? 2 : 0;
    case 'version':
    case '--version':
      if (rest.length > 0) throw new UsageError(`version takes no arguments (got ${JSON.stringify(rest[0])})`);
      await out.write(`${LAW_VERSION}\n`);
      return 0;
    case 'validate': {
      const { values, positionals } = parseOptions({
        args: rest,
        allowPositionals: true,
        options: { 'max-record-bytes': { type: 'string' } },
      });
      return validateCommand(requireFiles(positionals), out, maxRecordBytes(values['max-record-bytes']));
    }
    case 'evaluate': {
      const { values, positionals } = parseOptions({
        args: rest,
        allowPositionals: true,
        options: {
          'as-of': { type: 'string' },
          format: { type: 'string', default: 'json' },
          'max-record-bytes': { type: 'string' },
          stats: { type: 'boolean', default: false },
        },
      });
      const asOf = parseAsOf(values['as-of'] ?? today());
      const format = values.format;
      if (format !== 'json' && format !== 'jsonl' && format !== 'text')
        throw new UsageError(`--format must be json, jsonl or text, not ${JSON.stringify(format)}`);
      const limit = maxRecordBytes(values['max-record-bytes']);
      return withInputsSpooled(
        requireFiles(positionals),
        (files) => evaluateCommand(files, asOf, format as EvaluateFormat, out, err, limit, values.stats),
        limit,
      );
    }
    case 'demo': {
      const { demoCommand } = await import('./commands/demo.ts');
      return demoCommand(out, today());
    }
    case 'synth': {
      const { values, positionals } = parseOptions({
        args: rest,
        allowPositionals: true,
        options: {
          jurisdiction: { type: 'string' },
          people: { type: 'string' },
          seed: { type: 'string', default: '1' },
          'as-of': { type: 'string', default: SYNTH_AS_OF },
          out: { type: 'string' },
        },
      });
      if (positionals.length > 0)
        throw new UsageError(`synth takes no FILE arguments; name the output with --out (got ${JSON.stringify(positionals[0])})`);
      const jurisdiction = values.jurisdiction;
      if (jurisdiction === undefined) throw new UsageError('synth needs --jurisdiction CODE');
      if (!CALIBRATED_JURISDICTIONS.includes(jurisdiction))
        throw new UsageError(
          `--jurisdiction ${JSON.stringify(jurisdiction)} has no calibration; use one of ${CALIBRATED_JURISDICTIONS.join(', ')}`,
        );
      const people = Number(values.people);
      if (values.people === undefined || !/^\d+$/.test(values.people) || people < 1 || people > MAX_PEOPLE)
        throw new UsageError(
          `--people must be a whole number from 1 to ${MAX_PEOPLE.toLocaleString('en-US')}, not ${JSON.stringify(values.people ?? '')}`,
        );
      const seed = Number(values.seed);
      if (!/^\d+$/.test(values.seed) || seed > 0xffffffff)
        throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not ${JSON.stringify(values.seed)}`);
      const asOf = parseAsOf(values['as-of']);
      if (values.out === undefined || values.out === '') throw new UsageError('synth needs --out FILE.jsonl');
      return synthCommand({ jurisdiction, people, seed, asOf, out: values.out });
    }
    case 'simulate': {
      const args = parseSimulateArgs(rest);
      checkOutputDirectory(args.out);
      return simulateCommand(args, out, err, today());
    }
    case 'serve': {
      const { values, positionals } = parseOptions({
        args: rest,
        allowPositionals: true,
        options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } },
      });
      if (positionals.length > 0) throw new UsageError(`serve takes no arguments (got ${JSON.stringify(positionals[0])})`);
      const port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port < 1 || port > 65535)
        throw new UsageError(`--port must be 1 to 65535, not ${JSON.stringify(values.port)}`);
      const [{ serveCommand }, { storeOptions }] = await Promise.all([
        import('./commands/serve.ts'),
        import('./commands/store-commands.ts'),
      ]);
      return serveCommand({ port, host: values.host, store: storeOptions() }, out, err, today());
    }
    case 'import': {
      const { values, positionals } = parseOptions({
        args: rest,
        allowPositionals: true,
        options: {
          agency: { type: 'string' },
          'skip-invalid': { type: 'boolean', default: false },
          format: { type: 'string' },
          'as-of': { type: 'string' },
          workers: { type: 'string' },
        },
      });
      if (positionals.length !== 1) throw new UsageError('import needs one FILE');
      if (positionals[0] === '-') throw new UsageError('import reads a FILE, not standard input ("-"): save the records to a file first');
      if (values.agency === undefined) throw new UsageError('import needs --agency ID (the agency the people belong to)');
      if (values.format !== undefined && values.format !== 'json' && values.format !== 'csv')
        throw new UsageError(`--format must be json or csv, not ${JSON.stringify(values.format)}`);
      const asOf = values['as-of'] ?? today();
      parseAsOf(asOf);
      const workers = values.workers === undefined ? undefined : Number(values.workers);
      if (workers !== undefined && (!/^\d+$/.test(values.workers!) || workers > 64))
        throw new UsageError(`--workers must be a whole number from 0 to 64, not ${JSON.stringify(values.workers)}`);
      const { importCommand } = await import('./commands/store-commands.ts');
      return importCommand(
        {
          file: positionals[0]!,
          agencyId: values.agency,
          skipInvalid: values['skip-invalid'],
          asOf,
          ...(values.format ? { format: values.format as 'json' | 'csv' } : {}),
          ...(workers !== undefined ? { workers } : {}),
        },
        out,
        err,
      );
    }
    case 'backup':
    case 'restore': {
      const { positionals } = parseOptions({ args: rest, allowPositionals: true, options: {} });
      if (positionals.length !== 1) throw new UsageError(`${command} needs one FILE`);
      const { backupCommand, restoreCommand } = await import('./commands/store-commands.ts');
      return command === 'backup' ? backupCommand(positionals[0]!, out) : restoreCommand(positionals[0]!, out);
    }
    case 'totp': {
      const { positionals } = parseOptions({ args: rest, allowPositionals: true, options: {} });
      if (positionals.length > 1) throw new UsageError('totp takes at most one SECRET');
      const [{ totpCode }, { DEMO_TOTP_SECRET }] = await Promise.all([import('@pathways/server'), import('./serve/demo-seed.ts')]);
      // Secrets are often shown in groups of four ("JBSW Y3DP …"): the spaces are not part of them.
      const secret = (positionals[0] ?? DEMO_TOTP_SECRET).replace(/[\s-]/g, '');
      if (!/^[A-Z2-7]+=*$/i.test(secret))
        throw new InputError(`totp: the secret must be written in base32 (letters A–Z and digits 2–7), not ${JSON.stringify(secret)}`);
      await out.write(`${totpCode(secret, new Date())}\n`);
      return 0;
    }
    case 'law': {
      const [sub, ...args] = rest;
      const { values, positionals } = parseOptions({
        args,
        allowPositionals: true,
        options: { format: { type: 'string', default: 'text' } },
      });
      if (sub === 'list') {
        if (positionals.length > 0) throw new UsageError(`law list takes no arguments (got ${JSON.stringify(positionals[0])})`);
        const format = values.format;
        if (format !== 'text' && format !== 'json' && format !== 'csv')
          throw new UsageError(`--format must be text, json or csv, not ${JSON.stringify(format)}`);
        return lawListCommand(format as LawListFormat, out);
      }
      if (sub === 'site') {
        if (positionals.length !== 1 || positionals[0] === '') throw new UsageError('law site needs one OUT_DIR');
        const dir = positionals[0]!;
        try {
          return await lawSiteCommand(dir, out, today());
        } catch (e) {
          // A path that is a file, or lies under one, or may not be written: the user's to fix, not a fault.
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EROFS' || code === 'EISDIR')
            throw new UsageError(
              `law site: cannot write the pages into ${JSON.stringify(dir)} (${code}: it is a file, lies under one, or may not be written)`,
            );
          throw e;
        }
      }
      throw new UsageError('law needs a subcommand: list or site');
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

/** Today in UTC: the command's default as-of date. The law package itself never reads the clock. */
function today(): string {
  return formatIsoDate(Math.floor(Date.now() / 86_400_000));
}

function requireFiles(positionals: string[]): string[] {
  if (positionals.length === 0) throw new UsageError('name at least one FILE (or - for standard input)');
  // Standard input can be read once: a second "-" (or /dev/stdin) would find it used up.
  if (positionals.filter(namesStandardInput).length > 1) throw new UsageError('standard input ("-" or /dev/stdin) is given more than once');
  return positionals;
}

function maxRecordBytes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--max-record-bytes must be a whole number of bytes, not ${JSON.stringify(text)}`);
  return n;
}

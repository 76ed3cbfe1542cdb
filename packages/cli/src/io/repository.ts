/** Files that ship in the repository beside the command: examples and the tests named by review records. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRecord, type PersonRecord } from '@pathways/law';
import { testCaseNames } from '@pathways/reference';
import { readRecords } from './read-records.ts';

/** The repository root: the nearest folder above this file whose package.json declares the workspaces (the same from src and from the bundle in dist). */
function findRepositoryRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no Pathways repository above ${from}`);
  }
}

export const repositoryRoot = findRepositoryRoot(dirname(fileURLToPath(import.meta.url)));

/** The shipped example file for a jurisdiction, `examples/us-xx.json` or `.jsonl`, if there is one. */
export function exampleFile(code: string): string | undefined {
  for (const ext of ['json', 'jsonl']) {
    const path = join(repositoryRoot, 'examples', `${code.toLowerCase()}.${ext}`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** The records of a shipped example file; they must be valid, so an invalid one is a fault in Pathways. */
export async function readExampleRecords(file: string): Promise<PersonRecord[]> {
  const records: PersonRecord[] = [];
  for await (const raw of readRecords(file)) {
    const v = validateRecord(raw.value, raw.position);
    if (!v.ok) throw new Error(`${file}: shipped example record ${raw.position} is invalid: ${v.errors[0]?.message}`);
    records.push(v.record);
  }
  return records;
}

const cases = new Map<string, readonly string[]>();

/** Case names in a repository test file; none when the file is missing. */
export function testCasesIn(path: string): readonly string[] {
  let names = cases.get(path);
  if (names === undefined) {
    const file = join(repositoryRoot, path);
    names = existsSync(file) ? testCaseNames(readFileSync(file, 'utf8')) : [];
    cases.set(path, names);
  }
  return names;
}

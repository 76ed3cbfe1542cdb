/**
 * An HSDS dataset kept as one JSON file per table (`organizations.json`, `services.json` …, as in
 * examples/directories/services-hsds/) read into the single tables object the importer and the import
 * route take. Files for tables the importer does not read are ignored; missing tables are empty.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HSDS_TABLES } from './hsds.ts';

export function readHsdsFolder(dir: string): Record<string, unknown[]> {
  const tables: Record<string, unknown[]> = {};
  for (const table of HSDS_TABLES) {
    const file = join(dir, `${table}.json`);
    if (existsSync(file)) tables[table] = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  }
  return tables;
}

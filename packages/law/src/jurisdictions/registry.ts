/**
 * The jurisdictions this engine encodes, by code. Adding one: a folder beside this file (see
 * ../../README.md, "Adding a jurisdiction") and one line here.
 */
import type { JurisdictionRegistry } from '../engine/evaluate.ts';
import type { Jurisdiction } from '../engine/jurisdiction.ts';
import type { ParameterTree } from '../engine/parameters.ts';
import { usCa } from './us-ca/index.ts';
import { usMi } from './us-mi/index.ts';
import { usMo } from './us-mo/index.ts';
import { usPa } from './us-pa/index.ts';

const all = [usCa, usMo, usPa, usMi] as unknown as Jurisdiction<ParameterTree>[];

export const JURISDICTIONS: JurisdictionRegistry = new Map(all.map((j) => [j.code, j]));

export const SUPPORTED_JURISDICTIONS: ReadonlySet<string> = new Set(JURISDICTIONS.keys());

/**
 * The jurisdictions this engine encodes, by code. Adding one: a folder beside this file (see
 * ../../README.md, "Adding a jurisdiction") and one line here.
 */
import type { JurisdictionRegistry } from '../engine/evaluate.ts';
import type { Jurisdiction } from '../engine/jurisdiction.ts';
import type { ParameterTree } from '../engine/parameters.ts';
import { usAz } from './us-az/index.ts';
import { usCa } from './us-ca/index.ts';
import { usFed } from './us-fed/index.ts';
import { usFl } from './us-fl/index.ts';
import { usGa } from './us-ga/index.ts';
import { usLa } from './us-la/index.ts';
import { usMi } from './us-mi/index.ts';
import { usMn } from './us-mn/index.ts';
import { usMo } from './us-mo/index.ts';
import { usNy } from './us-ny/index.ts';
import { usPa } from './us-pa/index.ts';
import { usVa } from './us-va/index.ts';

const all = [usCa, usMo, usPa, usMi, usGa, usMn, usVa, usLa, usAz, usNy, usFl, usFed] as unknown as Jurisdiction<ParameterTree>[];

export const JURISDICTIONS: JurisdictionRegistry = new Map(all.map((j) => [j.code, j]));

export const SUPPORTED_JURISDICTIONS: ReadonlySet<string> = new Set(JURISDICTIONS.keys());

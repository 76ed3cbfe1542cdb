/**
 * Each jurisdiction's rules as a chunk of its own, loaded only when a what-if question needs it: the law
 * package's twelve jurisdictions together weigh about 150 KB gzipped, one of them about 13 KB.
 * Adding a jurisdiction to the law package means adding its line here (the test checks the two lists agree).
 */
import type { Jurisdiction, JurisdictionRegistry, ParameterTree } from '@pathways/law';

type Loader = () => Promise<Jurisdiction<ParameterTree>>;
const as = (j: unknown) => j as Jurisdiction<ParameterTree>;

export const JURISDICTION_LOADERS: Readonly<Record<string, Loader>> = {
  'US-AZ': () => import('@pathways/law/jurisdictions/us-az').then((m) => as(m.usAz)),
  'US-CA': () => import('@pathways/law/jurisdictions/us-ca').then((m) => as(m.usCa)),
  'US-FED': () => import('@pathways/law/jurisdictions/us-fed').then((m) => as(m.usFed)),
  'US-FL': () => import('@pathways/law/jurisdictions/us-fl').then((m) => as(m.usFl)),
  'US-GA': () => import('@pathways/law/jurisdictions/us-ga').then((m) => as(m.usGa)),
  'US-LA': () => import('@pathways/law/jurisdictions/us-la').then((m) => as(m.usLa)),
  'US-MI': () => import('@pathways/law/jurisdictions/us-mi').then((m) => as(m.usMi)),
  'US-MN': () => import('@pathways/law/jurisdictions/us-mn').then((m) => as(m.usMn)),
  'US-MO': () => import('@pathways/law/jurisdictions/us-mo').then((m) => as(m.usMo)),
  'US-NY': () => import('@pathways/law/jurisdictions/us-ny').then((m) => as(m.usNy)),
  'US-PA': () => import('@pathways/law/jurisdictions/us-pa').then((m) => as(m.usPa)),
  'US-VA': () => import('@pathways/law/jurisdictions/us-va').then((m) => as(m.usVa)),
};

/** The registry for these jurisdiction codes (a person's terms), each loaded once. */
export async function loadRegistry(codes: Iterable<string>): Promise<JurisdictionRegistry> {
  const unique = [...new Set(codes)];
  const loaded = await Promise.all(
    unique.map((code) => {
      const load = JURISDICTION_LOADERS[code];
      if (!load) throw new Error(`No rules are encoded for ${code}.`);
      return load();
    }),
  );
  return new Map(loaded.map((j) => [j.code, j])) as JurisdictionRegistry;
}

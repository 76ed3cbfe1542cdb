/**
 * Outcomes by group for the supervisor's unit view: per supervising officer, age band and jurisdiction,
 * how many opportunities are open now, how many were submitted, granted or denied, and how many terms run
 * past their lawful end. Differences between rows are what a supervisor looks at to surface disparities.
 *
 * Staff only (`unit.read`: supervisors over their unit's caseloads, administrators over their agency). The
 * counts are exact, small groups included, because staff act on them; that is also why advocates, whose
 * `stats.read` carries no personal data, may not call it: the rows name officers. Age is the only
 * demographic the record format carries (spec/supervision-records.md: `birthDate`). Like the caseload
 * list, one `unit.outcomes` audit entry names the people counted.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PathwaysStore, PersonSummary } from '@pathways/store';
import { z } from 'zod';
import { scopeFilter } from '../security/scope.ts';

const BATCH = 500;

export const AGE_BANDS = ['under 25', '25–34', '35–44', '45–54', '55 and over', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** The officer group of people on no caseload (only an administrator's agency has them). */
export const NO_OFFICER = 'No officer';
/** The jurisdiction group of an acted-on term that has no stored evaluation yet. */
export const NOT_EVALUATED = 'not evaluated';

/** Whole years from `birthDate` to `today` (ISO dates); a birthday not yet reached this year does not count. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBand(birthDate: string | null, today: string): AgeBand {
  if (birthDate === null || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return 'unknown';
  const age = ageOn(birthDate, today);
  if (age < 0) return 'unknown';
  if (age < 25) return 'under 25';
  if (age < 35) return '25–34';
  if (age < 45) return '35–44';
  if (age < 55) return '45–54';
  return '55 and over';
}

const row = z.object({
  group: z.string(),
  people: z.number().int(),
  terms: z.number().int(),
  eligibleNow: z.number().int().describe('Opportunities (one per term and kind) open now by the stored evaluation'),
  submitted: z.number().int().describe('Opportunities whose latest action is a submission'),
  granted: z.number().int(),
  denied: z.number().int().describe('Latest action a denial, or a denial the supervisor upheld'),
  pastLawfulEnd: z.number().int().describe('Terms whose projected end date is before today'),
});
export type OutcomeRow = z.infer<typeof row>;

/** The counted status of an opportunity from its latest action: an upheld denial is still denied, a reopened one is open. */
function outcome(status: string): 'submitted' | 'granted' | 'denied' | undefined {
  if (status === 'submitted' || status === 'granted' || status === 'denied') return status;
  if (status === 'upheld') return 'denied';
  return undefined;
}

/** Counts for one group; people and terms as sets, so a person with terms in two jurisdictions counts in both rows once. */
class Tally {
  readonly people = new Set<string>();
  readonly terms = new Set<string>();
  eligibleNow = 0;
  submitted = 0;
  granted = 0;
  denied = 0;
  pastLawfulEnd = 0;
  row(group: string): OutcomeRow {
    const { eligibleNow, submitted, granted, denied, pastLawfulEnd } = this;
    return { group, people: this.people.size, terms: this.terms.size, eligibleNow, submitted, granted, denied, pastLawfulEnd };
  }
}

type Term = PersonSummary['terms'][number];

function eligibleKinds(term: Term, today: string): Set<string> {
  const kinds = new Set<string>();
  for (const o of term.opportunities) {
    // An `upcoming` date that has since passed is open now, though the evaluation predates it.
    if (o.status === 'eligible' || (o.status === 'upcoming' && o.date !== null && o.date <= today)) kinds.add(o.kind);
  }
  return kinds;
}

export function unitOutcomeRoutes(app: FastifyInstance, deps: { store: PathwaysStore; now: () => Date }): void {
  const { store, now } = deps;
  const { outcomes } = store;

  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/unit/outcomes',
    {
      config: { permission: 'unit.read' },
      schema: {
        summary: 'Outcomes by officer, age band and jurisdiction over your unit or agency (staff only)',
        description:
          'Counts opportunities (one per term and kind) open now and by the status of their latest action, and terms past their lawful end. Exact counts, small groups included: staff only. Age bands are at `asOf` from `birthDate`; records without one are `unknown`. Audited `unit.outcomes` with the ids counted.',
        tags: ['stats'],
        response: {
          200: z.object({
            asOf: z.string(),
            groups: z.object({ officer: z.array(row), ageBand: z.array(row), jurisdiction: z.array(row) }),
          }),
        },
      },
    },
    async (request) => {
      const user = request.auth!.user;
      const today = now().toISOString().slice(0, 10);
      const filter = scopeFilter(user);
      if (!filter) return { asOf: today, groups: { officer: [], ageBand: [], jurisdiction: [] } };

      const [people, latest] = await Promise.all([outcomes.people(filter), outcomes.latestActions(filter)]);
      const terms = new Map<string, Term[]>();
      for (let offset = 0; ; offset += BATCH) {
        const page = await store.people.summaries({ ...filter, limit: BATCH, offset });
        for (const p of page) terms.set(p.id, p.terms);
        if (page.length < BATCH) break;
      }
      const actionsOf = new Map<string, typeof latest>();
      for (const a of latest) {
        const list = actionsOf.get(a.personId);
        if (list) list.push(a);
        else actionsOf.set(a.personId, [a]);
      }

      // Officer groups by id (two officers may share a display name), named when the rows are made.
      const byOfficer = new Map<string, { name: string; tally: Tally }>();
      const byAge = new Map<AgeBand, Tally>(AGE_BANDS.map((b) => [b, new Tally()]));
      const byJurisdiction = new Map<string, Tally>();
      const jurisdictionTally = (j: string) => byJurisdiction.get(j) ?? byJurisdiction.set(j, new Tally()).get(j)!;

      for (const p of people) {
        const officerKey = p.officerId ?? '';
        const officer = byOfficer.get(officerKey) ?? {
          name: p.officerName ?? (p.officerId === null ? NO_OFFICER : p.officerId),
          tally: new Tally(),
        };
        byOfficer.set(officerKey, officer);
        const own = [officer.tally, byAge.get(ageBand(p.birthDate, today))!];
        const personTerms = terms.get(p.personId) ?? [];
        const jurisdictionOf = new Map(personTerms.map((t) => [t.termId, t.jurisdiction]));
        for (const tally of own) tally.people.add(p.personId);

        for (const term of personTerms) {
          const key = `${p.personId}\u0000${term.termId}`;
          const eligible = eligibleKinds(term, today).size;
          const past = term.projectedEndDate !== null && term.projectedEndDate < today ? 1 : 0;
          const jurisdiction = jurisdictionTally(term.jurisdiction);
          jurisdiction.people.add(p.personId);
          for (const tally of [...own, jurisdiction]) {
            tally.terms.add(key);
            tally.eligibleNow += eligible;
            tally.pastLawfulEnd += past;
          }
        }
        for (const a of actionsOf.get(p.personId) ?? []) {
          const counted = outcome(a.status);
          if (counted === undefined) continue;
          const jurisdiction = jurisdictionTally(jurisdictionOf.get(a.termId) ?? NOT_EVALUATED);
          jurisdiction.people.add(p.personId);
          for (const tally of [...own, jurisdiction]) tally[counted] += 1;
        }
      }

      const named = new Map<string, number>();
      for (const o of byOfficer.values()) named.set(o.name, (named.get(o.name) ?? 0) + 1);
      // By name, people on no caseload last; a name two officers share gets the id added.
      const officer = [...byOfficer]
        .sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || x.name.localeCompare(y.name, 'en') || a.localeCompare(b, 'en'))
        .map(([id, o]) => o.tally.row(id !== '' && named.get(o.name)! > 1 ? `${o.name} (${id})` : o.name));
      const jurisdiction = [...byJurisdiction].map(([j, tally]) => tally.row(j)).sort((a, b) => a.group.localeCompare(b.group, 'en'));

      await store.audit.append({
        actorUserId: user.id,
        action: 'unit.outcomes',
        personId: null,
        reason: null,
        detail: { ids: people.map((p) => p.personId) },
      });
      return { asOf: today, groups: { officer, ageBand: AGE_BANDS.map((b) => byAge.get(b)!.row(b)), jurisdiction } };
    },
  );
}

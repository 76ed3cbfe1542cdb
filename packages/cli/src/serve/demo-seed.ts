/**
 * The demo a fresh `pathways serve` starts with: three fictional county agencies (California, Missouri,
 * Pennsylvania), about 2,000 synthetic people drawn from each state's calibration and evaluated as of
 * today, and one account per role. Every name is invented; no record is a real person's.
 *
 * The demo accounts' passwords and second-factor secrets are fixed and published (README, and printed on
 * first start) so that anyone can sign in to the demo; a real deployment creates its own accounts and
 * never seeds this.
 */
import { evaluatePerson, formatIsoDate, JURISDICTIONS, LAW_VERSION, parseIsoDate, type Day, type PersonRecord } from '@pathways/law';
import { hashPassword } from '@pathways/server';
import { calibrationFor, RandomStream, STREAM, synthesizeStockPerson } from '@pathways/sim';
import type { PathwaysStore, Role, Store, StoredEvaluation } from '@pathways/store';
import { demoBirthDate, demoName } from './demo-names.ts';
import { seedDemoDirectories } from './demo-directories.ts';
import { seedDemoPortal } from './demo-portal.ts';
import { seedDemoVoices } from './demo-voices.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  /** Base32 TOTP secret, for staff: add it to an authenticator app (or compute the code from it). */
  totpSecret: string | null;
  sees: string;
}

interface DemoAgency {
  code: string;
  id: string;
  name: string;
  jurisdiction: string;
  people: number;
}

const AGENCIES: DemoAgency[] = [
  { code: 'ca', id: 'demo-ca', name: 'Mariposa Bay County Probation Department (fictional)', jurisdiction: 'US-CA', people: 700 },
  { code: 'mo', id: 'demo-mo', name: 'Cedar Ridge County Probation and Parole District (fictional)', jurisdiction: 'US-MO', people: 650 },
  { code: 'pa', id: 'demo-pa', name: 'Laurel Valley County Adult Probation (fictional)', jurisdiction: 'US-PA', people: 650 },
];

/** Fixed, published demo secrets (base32): demo only. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const DEMO_SEED = 20261130;
/** The defender's clients: the first this many people of the California agency. */
const DEFENDER_CLIENTS = 25;

interface AccountSpec {
  username: string;
  role: Role;
  displayName: string;
  agencyId: string | null;
  unitId: string | null;
  personId: string | null;
  sees: string;
}

/** Creates the account with its published demo password (and second factor, for staff). */
async function createAccount(store: Store, a: AccountSpec): Promise<DemoAccount> {
  const password = `pathways-demo-${a.username}`;
  const totpSecret = a.role === 'person' ? null : DEMO_TOTP_SECRET;
  await store.users.create({
    id: `user-${a.username}`,
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    agencyId: a.agencyId,
    unitId: a.unitId,
    personId: a.personId,
    passwordHash: await hashPassword(password),
    totpSecret,
  });
  return { username: a.username, password, role: a.role, totpSecret, sees: a.sees };
}

/** Seeds everything in one transaction: a failed seed leaves an empty database, not half a demo. */
export async function seedDemo(store: PathwaysStore, today: string, onProgress?: (people: number) => void): Promise<DemoAccount[]> {
  const day = parseIsoDate(today);
  const accounts: DemoAccount[] = [];
  let done = 0;
  await store.transaction(async (tx) => {
    const add = async (a: AccountSpec) => accounts.push(await createAccount(tx, a));
    for (const [agencyIndex, agency] of AGENCIES.entries()) {
      const upper = agency.code.toUpperCase();
      await tx.agencies.upsert({ id: agency.id, name: agency.name, jurisdiction: agency.jurisdiction });
      const unitId = `${agency.id}-unit-1`;
      await tx.units.upsert({ id: unitId, agencyId: agency.id, name: 'Unit 1' });
      const officers = [`officer-${agency.code}-1`, `officer-${agency.code}-2`];
      for (const [i, username] of officers.entries()) {
        await add({
          username,
          role: 'officer',
          displayName: `Officer ${i + 1}, ${upper} (demo)`,
          agencyId: agency.id,
          unitId,
          personId: null,
          sees: `their caseload in ${agency.name}`,
        });
      }
      await add({
        username: `supervisor-${agency.code}`,
        role: 'supervisor',
        displayName: `Supervisor, ${upper} (demo)`,
        agencyId: agency.id,
        unitId,
        personId: null,
        sees: `both officers' caseloads in ${agency.name}`,
      });
      await add({
        username: `admin-${agency.code}`,
        role: 'admin',
        displayName: `Administrator, ${upper} (demo)`,
        agencyId: agency.id,
        unitId: null,
        personId: null,
        sees: `everything in ${agency.name}, and its audit log`,
      });

      const calibration = calibrationFor(agency.jurisdiction);
      for (let i = 0; i < agency.people; i++) {
        const id = `P-${upper}-${String(i + 1).padStart(5, '0')}`;
        const synthetic = synthesizeStockPerson(calibration, new RandomStream(DEMO_SEED, agencyIndex, i, STREAM.person), id, day);
        const n = agencyIndex * 1000 + i;
        const earliest = synthetic.terms.map((t) => t.sentenceDate).sort()[0]!;
        const record = { ...synthetic, name: demoName(n), birthDate: demoBirthDate(n, earliest) };
        await tx.people.upsert({ id, agencyId: agency.id, record, updatedAt: new Date().toISOString() });
        await tx.evaluations.replace(id, evaluationsOf(record, day));
        await tx.caseloads.assign(`user-${officers[i % officers.length]}`, id);
        if (i === 0) {
          await add({
            username: `person-${agency.code}`,
            role: 'person',
            displayName: `Person on supervision ${id} (demo)`,
            agencyId: agency.id,
            unitId: null,
            personId: id,
            sees: `only their own record, ${id}; the portal at /portal/ with a code sent to person.${agency.code}@example.org (it waits in admin-${agency.code}'s Outbox)`,
          });
        }
        done += 1;
        if (done % 100 === 0) onProgress?.(done);
      }
    }
    await add({
      username: 'defender',
      role: 'defender',
      displayName: 'Public defender (demo)',
      agencyId: 'demo-ca',
      unitId: null,
      personId: null,
      sees: `${DEFENDER_CLIENTS} clients in the California agency`,
    });
    for (let i = 0; i < DEFENDER_CLIENTS; i++) await tx.defenders.assign('user-defender', `P-CA-${String(i + 1).padStart(5, '0')}`);
    await add({
      username: 'advocate',
      role: 'advocate',
      displayName: 'Advocate (demo)',
      agencyId: null,
      unitId: null,
      personId: null,
      sees: 'aggregate statistics only, no person records',
    });
  });
  await seedDemoPortal(store, today);
  await seedDemoDirectories(store, today);
  await seedDemoVoices(store, today);
  onProgress?.(done);
  return accounts;
}

function evaluationsOf(record: PersonRecord, day: Day): StoredEvaluation[] {
  const computedAt = new Date().toISOString();
  return evaluatePerson(JURISDICTIONS, record, day).map((evaluation) => ({
    personId: record.id,
    termId: evaluation.termId,
    asOf: formatIsoDate(day),
    lawVersion: LAW_VERSION,
    evaluation,
    computedAt,
  }));
}

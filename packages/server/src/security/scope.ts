/**
 * Which people a user may see. admin: their agency; supervisor: the caseloads of their unit's officers;
 * officer: their caseload; defender: their clients; person: themselves; advocate: no one (aggregates only).
 * A person outside the scope is reported as not found, so a caller cannot learn that an id exists.
 */
import type { PeopleFilter, Store, User } from '@pathways/store';

/** The list filter for a user's scope; `undefined` when the role sees no person records at all. */
export function scopeFilter(user: User): PeopleFilter | undefined {
  switch (user.role) {
    case 'admin':
      return user.agencyId ? { agencyId: user.agencyId } : undefined;
    case 'supervisor':
      return user.unitId ? { unitId: user.unitId, ...(user.agencyId ? { agencyId: user.agencyId } : {}) } : undefined;
    case 'officer':
      return { officerId: user.id };
    case 'defender':
      return { defenderId: user.id };
    case 'person':
      return user.personId ? { ids: [user.personId] } : undefined;
    case 'advocate':
      return undefined;
  }
}

export async function mayReadPerson(store: Store, user: User, personId: string): Promise<boolean> {
  switch (user.role) {
    case 'admin': {
      const person = await store.people.get(personId);
      return person !== undefined && user.agencyId !== null && person.agencyId === user.agencyId;
    }
    case 'supervisor': {
      if (!user.unitId) return false;
      const officerId = await store.caseloads.officerOf(personId);
      const officer = officerId ? await store.users.byId(officerId) : undefined;
      return officer !== undefined && officer.unitId === user.unitId;
    }
    case 'officer':
      return (await store.caseloads.officerOf(personId)) === user.id;
    case 'defender':
      return store.defenders.isClient(user.id, personId);
    case 'person':
      return user.personId === personId;
    case 'advocate':
      return false;
  }
}

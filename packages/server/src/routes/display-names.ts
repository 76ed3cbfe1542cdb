/**
 * Staff display names for the user ids a response names (who acted, who verified), so a page can say
 * "Denied by Officer, PA 1" rather than an id. Each id is looked up once per response; an id with no user
 * (one since removed) keeps the id as its name.
 */
import type { Store } from '@pathways/store';

export async function displayNames(store: Pick<Store, 'users'>, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((id): id is string => id !== null))];
  const users = await Promise.all(unique.map((id) => store.users.byId(id)));
  return new Map(unique.map((id, n) => [id, users[n]?.displayName ?? id]));
}

/**
 * The header's navigation: which screens a role is offered, and which one the address is on. The server
 * decides what each role may read (a defender's queue would hold only their clients, an advocate sees no
 * person at all); this only keeps the header from offering screens that would be empty or refused.
 */
import type { Route } from '../router.ts';

export interface NavItem {
  screen: 'caseload' | 'queue' | 'unit' | 'outbox' | 'audit';
  href: string;
  label: string;
}

const ITEMS: readonly (NavItem & { roles: readonly string[] })[] = [
  { screen: 'caseload', href: '/', label: 'Caseload', roles: ['officer', 'supervisor', 'admin', 'defender', 'person'] },
  // A defender's queue holds only their clients (the server scopes it): useful for a motion to end a term.
  { screen: 'queue', href: '/queue', label: 'Opportunity queue', roles: ['officer', 'supervisor', 'admin', 'defender'] },
  { screen: 'unit', href: '/unit', label: 'Unit', roles: ['supervisor', 'admin'] },
  // The notification outbox holds addresses and sign-in codes: the server answers administrators only.
  { screen: 'outbox', href: '/outbox', label: 'Outbox', roles: ['admin'] },
  // The roles of `audit.read` in packages/server/src/security/permissions.ts.
  { screen: 'audit', href: '/audit', label: 'Audit log', roles: ['admin'] },
];

/** The roles of `person.read` in packages/server/src/security/permissions.ts (an advocate sees aggregates only). */
const PERSON_READERS: readonly string[] = ['admin', 'supervisor', 'officer', 'defender', 'person'];

export function navItems(role: string): NavItem[] {
  return ITEMS.filter((i) => i.roles.includes(role)).map(({ roles: _, ...item }) => item);
}

/**
 * Whether the role may use the screen the route is on: a screen the header does not offer the role (an
 * officer typing /unit or /audit) is refused as a whole, not half drawn around the server's 403.
 */
export function screenAllowed(role: string, route: Route): boolean {
  // A person page is reached from several screens, but only by the roles the server lets read a person.
  if (route.screen === 'person') return PERSON_READERS.includes(role);
  const screen = currentScreen(route);
  // The start page is every role's own (an advocate's is the statistics).
  if (screen === null || screen === 'caseload') return true;
  return ITEMS.some((i) => i.screen === screen && i.roles.includes(role));
}

/** The nav item the route belongs to (a person page belongs to none: it is reached from several). */
export function currentScreen(route: Route): NavItem['screen'] | null {
  switch (route.screen) {
    case 'caseload':
    case 'queue':
    case 'unit':
    case 'outbox':
    case 'audit':
      return route.screen;
    default:
      return null;
  }
}

import type { CentreRole } from './gql/graphql';
import { texts } from './texts';

/** Who works with the centre's people and groups. */
export const STAFF: readonly CentreRole[] = ['CENTRE_ADMIN', 'COORDINATOR'];
/** Everyone with a role in the active centre, starters too. */
export const EVERYONE: readonly CentreRole[] = [...STAFF, 'STARTER'];
export const ADMINS: readonly CentreRole[] = ['CENTRE_ADMIN'];

export interface NavItem {
  to: string;
  label: string;
  /** The roles in the active centre that see the link (and may open its pages). */
  roles: readonly CentreRole[];
}

/**
 * The main menu, in order. A new screen is one line here and its routes wrapped in
 * `<ForRoles roles={…}>` in App.tsx. A role's first link is where it lands after signing in.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/i-dag', label: texts.nav.today, roles: STAFF },
  { to: '/henvendelser', label: texts.nav.inquiries, roles: STAFF },
  { to: '/venteliste', label: texts.nav.waitlist, roles: STAFF },
  { to: '/grupper', label: texts.groups.nav, roles: STAFF },
  { to: '/rom', label: texts.people.navRooms, roles: STAFF },
  { to: '/min-side', label: texts.self.nav, roles: EVERYONE },
  { to: '/bibliotek', label: texts.library.nav, roles: EVERYONE },
];

export function navFor(role: CentreRole | null | undefined): NavItem[] {
  return role ? NAV_ITEMS.filter((item) => item.roles.includes(role)) : [];
}

/** Where a role lands: staff on "I dag", a starter on their own page. */
export function homeFor(role: CentreRole | null | undefined): string {
  return navFor(role)[0]?.to ?? '/min-side';
}

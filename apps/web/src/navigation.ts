import type { CentreRole, PlatformRole } from './gql/graphql';
import { texts } from './texts';

/** Who works with the centre's people and groups. */
export const STAFF: readonly CentreRole[] = ['CENTRE_ADMIN', 'COORDINATOR'];
/** Everyone with a role in the active centre, starters too. */
export const EVERYONE: readonly CentreRole[] = [...STAFF, 'STARTER'];
export const ADMINS: readonly CentreRole[] = ['CENTRE_ADMIN'];

/** A role in the active centre, or across the platform (the national office, platform admins). */
export type Role = CentreRole | PlatformRole;

export interface NavItem {
  to: string;
  label: string;
  /** The roles that see the link (and may open its pages). */
  roles: readonly Role[];
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
  { to: '/kurs', label: texts.courses.nav, roles: STAFF },
  { to: '/frivillige', label: texts.volunteers.nav, roles: STAFF },
  { to: '/igangsettere', label: texts.starterDirectory.nav, roles: STAFF },
  { to: '/rapporter', label: texts.reports.nav, roles: STAFF },
  { to: '/undersokelser', label: texts.surveys.nav, roles: STAFF },
  { to: '/admin', label: texts.admin.nav, roles: ADMINS },
  { to: '/min-side', label: texts.self.nav, roles: EVERYONE },
  { to: '/bibliotek', label: texts.library.nav, roles: EVERYONE },
];

/** The roles a signed-in person has now: in the active centre, and across the platform. */
export function rolesOf(me: {
  activeRole?: CentreRole | null;
  platformRole?: PlatformRole | null;
}): Role[] {
  return [me.activeRole, me.platformRole].filter((role): role is Role => Boolean(role));
}

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.some((role) => roles.includes(role)));
}

/** Where a person lands: staff on "I dag", a starter on their own page. */
export function homeFor(roles: readonly Role[]): string {
  return navFor(roles)[0]?.to ?? '/min-side';
}

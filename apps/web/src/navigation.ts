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
  /** Which part of the menu the link sits in: the day's work first, one's own things last. */
  group: NavGroup;
}

export type NavGroup = 'day' | 'people' | 'more' | 'mine';
const GROUPS: readonly NavGroup[] = ['day', 'people', 'more', 'mine'];

/**
 * The main menu, in order. A new screen is one line here and its routes wrapped in
 * `<ForRoles roles={…}>` in App.tsx. A role's first link is where it lands after signing in.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/i-dag', label: texts.nav.today, roles: STAFF, group: 'day' },
  { to: '/henvendelser', label: texts.nav.inquiries, roles: STAFF, group: 'day' },
  { to: '/venteliste', label: texts.nav.waitlist, roles: STAFF, group: 'day' },
  { to: '/grupper', label: texts.groups.nav, roles: STAFF, group: 'day' },
  { to: '/rom', label: texts.people.navRooms, roles: STAFF, group: 'day' },
  { to: '/kurs', label: texts.courses.nav, roles: STAFF, group: 'people' },
  { to: '/frivillige', label: texts.volunteers.nav, roles: STAFF, group: 'people' },
  { to: '/igangsettere', label: texts.starterDirectory.nav, roles: STAFF, group: 'people' },
  { to: '/rapporter', label: texts.reports.nav, roles: STAFF, group: 'more' },
  { to: '/undersokelser', label: texts.surveys.nav, roles: STAFF, group: 'more' },
  { to: '/admin', label: texts.admin.nav, roles: ADMINS, group: 'more' },
  { to: '/min-side', label: texts.self.nav, roles: EVERYONE, group: 'mine' },
  { to: '/bibliotek', label: texts.library.nav, roles: EVERYONE, group: 'mine' },
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

/** The links a person sees, in the menu's groups (empty groups left out). */
export function navGroupsFor(roles: readonly Role[]): { group: NavGroup; items: NavItem[] }[] {
  const items = navFor(roles);
  return GROUPS.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Few enough links to show as they are on a phone; more go behind a "Meny" button. */
export const FOLD_AFTER = 4;

/** Where a person lands: staff on "I dag", a starter on their own page. */
export function homeFor(roles: readonly Role[]): string {
  return navFor(roles)[0]?.to ?? '/min-side';
}

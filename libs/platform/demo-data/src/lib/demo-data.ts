/** The demo centres and people that `npm start` loads into an empty database. */

export const DEMO_PASSWORD = 'LinkDemo2026!';

export interface DemoCentre {
  slug: string;
  name: string;
  municipalities: string[];
}

export const DEMO_CENTRES: DemoCentre[] = [
  {
    slug: 'bergen',
    name: 'LINK Bergen og omegn',
    // Bergen and six neighbouring municipalities.
    municipalities: [
      'Bergen',
      'Alver',
      'Askøy',
      'Bjørnafjorden',
      'Osterøy',
      'Samnanger',
      'Øygarden',
    ],
  },
  { slug: 'trondheim', name: 'LINK Trondheim', municipalities: ['Trondheim'] },
  { slug: 'oslo', name: 'LINK Oslo', municipalities: ['Oslo'] },
  {
    slug: 'vestfold-telemark',
    name: 'LINK Vestfold og Telemark',
    municipalities: [
      'Bamble',
      'Færder',
      'Holmestrand',
      'Horten',
      'Kragerø',
      'Larvik',
      'Midt-Telemark',
      'Notodden',
      'Porsgrunn',
      'Sandefjord',
      'Skien',
      'Tønsberg',
    ],
  },
];

/** Selvhjelp Norge: a tenant of its own kind, whose published material every centre reads. */
export const DEMO_NATIONAL_OFFICE: DemoCentre = {
  slug: 'selvhjelp-norge',
  name: 'Selvhjelp Norge (nasjonalt kontor)',
  municipalities: ['Oslo'],
};

export type DemoCentreRole = 'CENTRE_ADMIN' | 'COORDINATOR' | 'STARTER';

export interface DemoUser {
  email: string;
  displayName: string;
  platformRole?: 'NATIONAL_ANALYST' | 'PLATFORM_ADMIN';
  memberships: { centre: string; role: DemoCentreRole }[];
}

const STAFF: { role: DemoCentreRole; local: string; title: string }[] = [
  { role: 'CENTRE_ADMIN', local: 'admin', title: 'Senteradministrator' },
  { role: 'COORDINATOR', local: 'coordinator', title: 'Koordinator' },
  { role: 'STARTER', local: 'starter', title: 'Igangsetter' },
];

export const DEMO_USERS: DemoUser[] = [
  ...DEMO_CENTRES.flatMap((centre) =>
    STAFF.map(({ role, local, title }) => ({
      email: `${local}@${centre.slug}.demo.link`,
      displayName: `${title} ${centre.name.replace(/^LINK /, '')}`,
      memberships: [{ centre: centre.slug, role }],
    })),
  ),
  {
    email: 'volunteer@bergen.demo.link',
    displayName: 'Frivillig i Bergen og Trondheim',
    memberships: [
      { centre: 'bergen', role: 'STARTER' },
      { centre: 'trondheim', role: 'STARTER' },
    ],
  },
  {
    // New volunteer: on Selvhjelp Norge's shared starter course, not yet cleared to start groups.
    email: 'trainee@trondheim.demo.link',
    displayName: 'Ny frivillig i Trondheim',
    memberships: [
      { centre: 'trondheim', role: 'STARTER' },
      { centre: 'vestfold-telemark', role: 'STARTER' },
    ],
  },
  {
    email: 'editor@selvhjelp-norge.demo.link',
    displayName: 'Fagredaktør, Selvhjelp Norge',
    memberships: [{ centre: 'selvhjelp-norge', role: 'COORDINATOR' }],
  },
  {
    email: 'analyst@national.demo.link',
    displayName: 'Analytiker, Selvhjelp Norge',
    platformRole: 'NATIONAL_ANALYST',
    memberships: [],
  },
  {
    email: 'platform-admin@national.demo.link',
    displayName: 'Plattformadministrator',
    platformRole: 'PLATFORM_ADMIN',
    memberships: [],
  },
];

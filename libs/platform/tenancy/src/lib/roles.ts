import { registerEnumType } from '@nestjs/graphql';

/** What a person may do in one centre (a membership). */
export enum CentreRole {
  CENTRE_ADMIN = 'CENTRE_ADMIN',
  COORDINATOR = 'COORDINATOR',
  STARTER = 'STARTER',
}

/** What a person may do across the platform, independent of centres. */
export enum PlatformRole {
  NATIONAL_ANALYST = 'NATIONAL_ANALYST',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

registerEnumType(CentreRole, {
  name: 'CentreRole',
  description: 'A role in one centre.',
  valuesMap: {
    CENTRE_ADMIN: {
      description: 'Runs the centre: staff, roles and settings (senteradministrator).',
    },
    COORDINATOR: {
      description: 'Daily work with inquiries, participants and groups (koordinator).',
    },
    STARTER: { description: 'Starts groups and withdraws when they run themselves (igangsetter).' },
  },
});
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'A role across the platform.',
  valuesMap: {
    NATIONAL_ANALYST: { description: 'Sees anonymised national figures (Selvhjelp Norge).' },
    PLATFORM_ADMIN: { description: 'Onboards centres and their first administrators.' },
  },
});

export type Role = CentreRole | PlatformRole;

export const CENTRE_ROLES = Object.values(CentreRole);

/** Norwegian names for messages. */
export const CENTRE_ROLE_NAMES: Record<CentreRole, string> = {
  CENTRE_ADMIN: 'senteradministrator',
  COORDINATOR: 'koordinator',
  STARTER: 'igangsetter',
};

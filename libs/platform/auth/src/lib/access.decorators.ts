import { applyDecorators, SetMetadata } from '@nestjs/common';

import type { Role } from '@link/platform/tenancy';

export const PUBLIC_KEY = 'link:public';
export const ROLES_KEY = 'link:roles';
export const PUBLIC_READ_KEY = 'link:public-read';

/** Anyone signed in, whatever their roles (reading one's own profile, signing out). */
export const SIGNED_IN = 'SIGNED_IN';
export type AccessRule = Role | typeof SIGNED_IN;

/** Open to anyone, signed in or not. Use sparingly: sign-in, public forms and finders. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Open to anyone, and counted per client address (PUBLIC_READS_PER_IP_PER_MINUTE): the public
 * pages' reads, which have no limit of their own as the forms and sign-in do.
 */
export const PublicRead = () => applyDecorators(Public(), SetMetadata(PUBLIC_READ_KEY, true));

/**
 * Who may call an operation. Every resolver must say: the guard refuses operations that name no
 * roles and are not `@Public()`. Roles are not ranked; list each one that may call.
 */
export const Roles = (...rules: [AccessRule, ...AccessRule[]]) => SetMetadata(ROLES_KEY, rules);

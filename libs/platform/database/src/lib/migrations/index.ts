import { PlatformFoundation1763884800000 } from './1763884800000-platform-foundation';

/** Every migration, in order. Listed by hand so the bundled API needs no file globbing. */
export const migrations = [PlatformFoundation1763884800000];

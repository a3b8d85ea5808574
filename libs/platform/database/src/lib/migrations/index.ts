import { PlatformFoundation1763884800000 } from './1763884800000-platform-foundation';
import { Intake1763971200000 } from './1763971200000-intake';

/** Every migration, in order. Listed by hand so the bundled API needs no file globbing. */
export const migrations = [PlatformFoundation1763884800000, Intake1763971200000];

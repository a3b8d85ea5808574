import type { CentreRole, PlatformRole } from './roles';

/** Who is making the request, as verified from their token against the database. */
export interface Actor {
  userId: string;
  sessionId: string | null;
  /** The active centre: the tenant every centre-owned query runs in. */
  centreId: string | null;
  centreRole: CentreRole | null;
  platformRole: PlatformRole | null;
}

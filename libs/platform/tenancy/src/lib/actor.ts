import type { CentreRole, PlatformRole } from './roles';

/** Who is making the request, as verified from their token against the database. */
export interface Actor {
  /** Null for a person using a public form: no account. */
  userId: string | null;
  sessionId: string | null;
  /** The active centre: the tenant every centre-owned query runs in. */
  centreId: string | null;
  centreRole: CentreRole | null;
  platformRole: PlatformRole | null;
}

/** An actor with an account and a session: what a verified access token gives. */
export type SignedInActor = Actor & { userId: string; sessionId: string };

import { PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A row that belongs to one centre. The key is `(tenant_id, id)` so that other centre-owned
 * tables can only reference it together with its centre (composite foreign keys), and every
 * table is under the row-level security policy `tenant_isolation`. Ids are made by the
 * scoped repository, so an insert never needs to read a default back.
 */
export abstract class CentreOwnedEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('uuid')
  id: string;
}

/** A platform-wide row (centres, users, sessions): not owned by any one centre. */
export abstract class PlatformEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

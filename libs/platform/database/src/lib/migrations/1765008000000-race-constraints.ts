import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rules the database now holds by itself, so that two requests sent at the same instant cannot
 * both get what only one may have:
 *
 * - a person is an active member of at most one group (`group_members_one_active_group`);
 * - a room booking covers at least one day and one minute (`room_bookings_not_empty`): an empty
 *   range overlaps nothing, so the no-overlap constraint would let it through;
 * - a group holds at most one room booking on any day (`room_bookings_one_per_group`); moving
 *   to another room from a date is one booking ending where the next begins.
 *
 * Existing rows that break a rule stop the migration with a message that says what to fix: the
 * migration does not choose which of two memberships or bookings to drop.
 */
export class RaceConstraints1765008000000 implements MigrationInterface {
  name = 'RaceConstraints1765008000000';

  async up(db: QueryRunner): Promise<void> {
    await explainFailure(
      db,
      `CREATE UNIQUE INDEX group_members_one_active_group ON group_members (tenant_id, participant_id)
        WHERE left_on IS NULL`,
      'A person is an active member (left_on IS NULL) of more than one group. Record that they ' +
        'left all but one (set left_on) and run the migration again.',
    );
    await explainFailure(
      db,
      `ALTER TABLE room_bookings ADD CONSTRAINT room_bookings_not_empty
        CHECK (NOT isempty(valid_during) AND NOT lower_inf(valid_during) AND NOT isempty(weekly_slot))`,
      'A room booking has an empty period (valid_to on or before valid_from) or an empty weekly ' +
        'slot, so it reserves nothing. Correct its period or delete it, and run the migration again.',
    );
    await explainFailure(
      db,
      `ALTER TABLE room_bookings ADD CONSTRAINT room_bookings_one_per_group
        EXCLUDE USING gist (tenant_id WITH =, group_id WITH =, valid_during WITH &&)`,
      'A group has two room bookings for the same days. End the earlier one where the later one ' +
        'begins (or delete one), and run the migration again.',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE room_bookings DROP CONSTRAINT room_bookings_one_per_group`);
    await db.query(`ALTER TABLE room_bookings DROP CONSTRAINT room_bookings_not_empty`);
    await db.query(`DROP INDEX group_members_one_active_group`);
  }
}

/**
 * Runs a statement that adds a rule; when existing data breaks it, fails with what to do. The
 * database's own message (which constraint) is kept; under row-level security it shows no values.
 */
async function explainFailure(db: QueryRunner, sql: string, explanation: string): Promise<void> {
  try {
    await db.query(sql);
  } catch (error) {
    const { driverError, detail: ownDetail } = error as {
      driverError?: { detail?: string };
      detail?: string;
    };
    const detail = driverError?.detail ?? ownDetail;
    throw new Error(`${explanation} (${(error as Error).message}${detail ? `: ${detail}` : ''})`, {
      cause: error,
    });
  }
}

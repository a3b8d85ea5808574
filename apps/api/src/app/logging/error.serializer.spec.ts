import { GraphQLError } from 'graphql';

import { errorMessage, serializeError, statementShape } from './error.serializer';

/** The shape of pg's DatabaseError and TypeORM's QueryFailedError, values included. */
function queryFailed() {
  const report = Object.assign(new Error('duplicate key for kari@eksempel.no'), {
    severity: 'ERROR',
    code: '23505',
    detail: 'Key (email)=(kari@eksempel.no) already exists.',
    where: 'SQL statement "INSERT … kari@eksempel.no"',
    hint: 'kari@eksempel.no',
    table: 'users',
    constraint: 'users_email_key',
    routine: '_bt_check_unique',
  });
  class QueryFailedError extends Error {
    query = `INSERT INTO "users"("email", "name") VALUES ($1, 'Kari') RETURNING "id"`;
    parameters = ['kari@eksempel.no'];
    driverError = report;
    code = report.code;
    detail = report.detail;
  }
  return new QueryFailedError(report.message);
}

describe('logged errors', () => {
  it('keep a database error to its SQLSTATE, names and statement shape', () => {
    const logged = serializeError(queryFailed());
    expect(logged).toEqual({
      type: 'QueryFailedError',
      code: '23505',
      severity: 'ERROR',
      routine: '_bt_check_unique',
      table: 'users',
      constraint: 'users_email_key',
      query: `INSERT INTO "users"("email", "name") VALUES ($1, ?) RETURNING "id"`,
      stack: expect.stringMatching(/^QueryFailedError 23505\n\s+at /),
    });
    expect(JSON.stringify(logged)).not.toMatch(/kari|Kari/);
  });

  it('find the database error inside a GraphQL error and keep only its path', () => {
    const wrapped = new GraphQLError('duplicate key for kari@eksempel.no', {
      path: ['registerInquiry'],
      originalError: queryFailed(),
    });
    const logged = serializeError(wrapped);
    expect(logged).toMatchObject({ type: 'QueryFailedError', path: ['registerInquiry'] });
    expect(JSON.stringify(logged)).not.toMatch(/kari/i);
    expect(errorMessage(wrapped)).toBe('Database error 23505');
  });

  it('find it behind a cause too', () => {
    const logged = serializeError(new Error('saving failed', { cause: queryFailed() }));
    expect(JSON.stringify(logged)).not.toMatch(/kari/i);
    expect(logged.code).toBe('23505');
  });

  it('keep an ordinary error to its type, message and stack, never its other properties', () => {
    const error = Object.assign(new TypeError('boom'), { config: { body: 'secret' } });
    expect(serializeError(error)).toEqual({
      type: 'TypeError',
      message: 'boom',
      stack: expect.stringContaining('TypeError: boom'),
    });
  });

  it('take every literal out of a statement', () => {
    expect(
      statementShape(
        `SELECT * FROM p WHERE name = 'O''Neil' AND note = E'a\\'b' AND year > 1985 AND t1.x = $1 AND body = $f$Kari$f$ LIMIT 10`,
      ),
    ).toBe(
      `SELECT * FROM p WHERE name = ? AND note = ? AND year > ? AND t1.x = $1 AND body = ? LIMIT ?`,
    );
  });
});

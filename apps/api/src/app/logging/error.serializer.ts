/**
 * What the logs may say about an error. A database error carries the values of the statement
 * that failed (TypeORM's `parameters`, pg's `detail`, `where`, `hint`, and a message a trigger may
 * have written them into): a participant's name, an encrypted phone number and its lookup hash.
 * So a database error is logged as its SQLSTATE, PostgreSQL's names for what it concerns and the
 * statement's shape only. Other errors keep their type, message and stack, never their other
 * properties.
 */

/** How deep to follow `originalError`, `cause` and `driverError` before giving up. */
const MAX_DEPTH = 5;
const MAX_QUERY_LENGTH = 2000;
const SQLSTATE = /^[0-9A-Z]{5}$/;

/** Fields of PostgreSQL's error report that name things, never values. */
const DATABASE_NAME_FIELDS = [
  'severity',
  'routine',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'position',
] as const;

export interface LoggedError {
  type: string;
  message?: string;
  code?: string | number;
  stack?: string;
  [field: string]: unknown;
}

type ErrorLike = Record<string, unknown>;

export function serializeError(value: unknown): LoggedError {
  const database = findDatabaseError(value);
  return database ? databaseError(value, database) : plainError(value, 0);
}

/** The line a log entry gets when it was given an error and no message of its own. */
export function errorMessage(value: unknown): string {
  const database = findDatabaseError(value);
  if (database) return `Database error ${database.report['code']}`;
  return isObject(value) && typeof value['message'] === 'string'
    ? value['message']
    : 'Unexpected error';
}

/**
 * A statement without values: string, dollar-quoted and numeric literals become `?`; the
 * placeholders ($1, $2, …) stay, their values are never logged.
 */
export function statementShape(query: string): string {
  const shape = query
    .replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$/g, '?')
    .replace(/\b[Ee]'(?:[^'\\]|\\.|'')*'/g, '?')
    .replace(/(?:\b[BbXxUu]&?)?'(?:[^']|'')*'/g, '?')
    .replace(/(?<![\w$"])\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g, '?');
  return shape.length > MAX_QUERY_LENGTH ? `${shape.slice(0, MAX_QUERY_LENGTH)}…` : shape;
}

interface DatabaseErrorFound {
  /** The error as TypeORM threw it (with the query), or pg's own when it came alone. */
  thrown: ErrorLike;
  /** PostgreSQL's error report: pg's DatabaseError. */
  report: ErrorLike;
}

/** Follows the chain of wrapped errors to a PostgreSQL error report, if there is one. */
function findDatabaseError(value: unknown, depth = 0): DatabaseErrorFound | undefined {
  if (!isObject(value) || depth > MAX_DEPTH) return undefined;
  const driverError = value['driverError'];
  if (isObject(driverError) && isPostgresReport(driverError)) {
    return { thrown: value, report: driverError };
  }
  if (isPostgresReport(value)) return { thrown: value, report: value };
  return (
    findDatabaseError(value['originalError'], depth + 1) ??
    findDatabaseError(value['cause'], depth + 1)
  );
}

function isPostgresReport(value: ErrorLike): boolean {
  return (
    typeof value['code'] === 'string' &&
    SQLSTATE.test(value['code']) &&
    typeof value['severity'] === 'string'
  );
}

function databaseError(outer: unknown, { thrown, report }: DatabaseErrorFound): LoggedError {
  const logged: LoggedError = { type: typeName(thrown), code: String(report['code']) };
  for (const field of DATABASE_NAME_FIELDS) {
    if (typeof report[field] === 'string') logged[field] = report[field];
  }
  if (typeof thrown['query'] === 'string') logged['query'] = statementShape(thrown['query']);
  const path = graphqlPath(outer);
  if (path) logged['path'] = path;
  const stack = framesOnly(thrown['stack']);
  if (stack) logged.stack = `${logged.type} ${logged.code}\n${stack}`;
  return logged;
}

function plainError(value: unknown, depth: number): LoggedError {
  if (!isObject(value)) return { type: typeof value, message: String(value) };
  const logged: LoggedError = { type: typeName(value) };
  if (typeof value['message'] === 'string') logged.message = value['message'];
  const code = value['code'];
  if (typeof code === 'string' || typeof code === 'number') logged.code = code;
  const extensions = value['extensions'];
  if (isObject(extensions) && typeof extensions['code'] === 'string') {
    logged['extensionsCode'] = extensions['code'];
  }
  const path = graphqlPath(value);
  if (path) logged['path'] = path;
  if (typeof value['stack'] === 'string') logged.stack = value['stack'];
  if (depth < MAX_DEPTH) {
    for (const key of ['originalError', 'cause'] as const) {
      if (isObject(value[key])) logged[key] = plainError(value[key], depth + 1);
    }
  }
  return logged;
}

function graphqlPath(value: unknown): (string | number)[] | undefined {
  const path = isObject(value) ? value['path'] : undefined;
  return Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number')
    ? path
    : undefined;
}

/** A stack's frames without its first lines, which repeat the message. */
function framesOnly(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return frames.length > 0 ? frames.join('\n') : undefined;
}

function typeName(value: ErrorLike): string {
  const name = value.constructor?.name;
  return typeof name === 'string' && name !== 'Object'
    ? name
    : typeof value['name'] === 'string'
      ? value['name']
      : 'Error';
}

function isObject(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null;
}

/**
 * The database server is not as the API needs it, and the message says what to run there:
 * printed without a stack trace, like a configuration error.
 */
export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

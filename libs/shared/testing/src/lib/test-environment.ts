/** What the global set-up hands to every test file, through environment variables. */
export const TEST_ADMIN_URL = 'LINK_TEST_ADMIN_URL';
export const TEST_TEMPLATE_DATABASE = 'LINK_TEST_TEMPLATE_DATABASE';

export function requireTestEnv(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run tests through jest with the shared global set-up.`);
  return value;
}

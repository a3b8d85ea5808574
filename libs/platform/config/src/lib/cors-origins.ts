/**
 * The origins CORS_ORIGINS names: exact `scheme://host[:port]` strings, compared with the
 * browser's Origin header as they are. An empty list allows no other origin.
 */
export function corsOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

export function corsOriginProblems(value: string | undefined): string[] {
  const wrong = corsOrigins(value).filter((entry) => !isOrigin(entry));
  if (wrong.length === 0) return [];
  return [
    `CORS_ORIGINS must be a comma-separated list of origins such as http://localhost:4200 ` +
      `(scheme, host and port, no path, no *); not ${wrong.map((w) => `"${w}"`).join(', ')}.`,
  ];
}

function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry;
  } catch {
    return false;
  }
}

/**
 * Code-unit string order. localeCompare would depend on the ICU data Node was built with, and
 * the whole point of the tie-breaks is that every machine gives the same order.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Themes are free text typed by staff: "Sorg " and "sorg" are the same theme. */
export function normaliseTheme(theme: string | null): string | null {
  const trimmed = theme?.trim().toLowerCase() ?? '';
  return trimmed === '' ? null : trimmed;
}

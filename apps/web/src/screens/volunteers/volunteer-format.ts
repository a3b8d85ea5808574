/** Today's date in Oslo, "YYYY-MM-DD": what the API compares certificates and hours with. */
export { todayInOslo } from '../groups/group-format';

/** The certificate that counts: the one valid longest. */
export function latestCertificate<C extends { validUntil: string }>(
  certificates: readonly C[],
): C | undefined {
  return [...certificates].sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
}

/** "norsk, engelsk" → ["norsk", "engelsk"]: empty pieces dropped. */
export function listOf(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

import { isIP } from 'node:net';

/** Express's names for address ranges (proxy-addr): 127/8 + ::1, 169.254/16 + fe80::/10, private. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * What Express's `trust proxy` gets from TRUST_PROXY: `false` (the default: X-Forwarded-For is
 * ignored, the client is whoever opened the connection), a number of proxy hops in front of
 * the API, or the addresses and CIDR ranges of the proxies whose X-Forwarded-For is believed.
 * Express then takes the client's address from the right of X-Forwarded-For, skipping trusted
 * proxies, so what a client writes into the header itself is never used.
 */
export type TrustProxySetting = false | number | string[];

export function trustProxySetting(value: string | undefined): TrustProxySetting {
  const text = value?.trim() ?? '';
  if (text === '') return false;
  if (/^\d+$/.test(text)) return Number(text) === 0 ? false : Number(text);
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Why TRUST_PROXY is not usable, or nothing. */
export function trustProxyProblems(value: string | undefined): string[] {
  const setting = trustProxySetting(value);
  if (!Array.isArray(setting)) return [];
  const wrong = setting.filter((entry) => !isProxyAddress(entry));
  if (wrong.length === 0) return [];
  return [
    `TRUST_PROXY must be a number of proxy hops, or a comma-separated list of proxy addresses, ` +
      `CIDR ranges or ${RANGE_NAMES.join('/')}; not ${wrong.map((w) => `"${w}"`).join(', ')}. ` +
      `Trusting every address would let any client choose its own address.`,
  ];
}

function isProxyAddress(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  // A /0 range is every address: the same as trusting any client's header.
  return (
    /^\d{1,3}$/.test(prefix) && Number(prefix) > 0 && Number(prefix) <= (family === 4 ? 32 : 128)
  );
}

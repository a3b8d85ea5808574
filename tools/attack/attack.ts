/**
 * The attacker: can the national office work out a small count (1 to k−1) from what the API
 * publishes? Starts the built API on a fresh copy of the demo data (with two rare people planted
 * in one centre), asks for every table the analyst can, models them as a linear system and
 * solves it with HiGHS. Exits 1 when any small count is recovered exactly and confirmed against
 * the true counts, 0 when none is. Build the API first (npx nx build api).
 *
 *   npm run attack:reporting
 *   ATTACK_PLANT=false ATTACK_MAX_WINDOWS=40 ATTACK_OUTPUT=/tmp/recovered.json npm run attack:reporting
 *
 * See tools/attack/README.md.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import { confirmedSmallCounts, printAttackReport } from './attack-report';
import { startAttackEnvironment } from './environment';
import { lastFinishedMonth } from './months';
import { publishedRules } from './published-tables';
import { runAttack } from './run-attack';

async function main(): Promise<number> {
  const started = performance.now();
  const env = await startAttackEnvironment({ plant: process.env['ATTACK_PLANT'] !== 'false' });
  try {
    // What the API publishes about its protection is what the attacker assumes.
    const month = lastFinishedMonth(new Date());
    const rules = await publishedRules(env.analyst, { first: month, last: month });
    const k = Number(process.env['ATTACK_K'] ?? rules.threshold);
    const result = await runAttack(env, {
      k,
      maxWindows: Number(process.env['ATTACK_MAX_WINDOWS'] ?? 200),
      noiseBound: Number(process.env['ATTACK_NOISE_BOUND'] ?? rules.maxNoise),
    });
    printAttackReport(result, {
      centres: env.centres,
      planted: env.planted,
      k,
      totalMilliseconds: performance.now() - started,
      examples: Number(process.env['ATTACK_EXAMPLES'] ?? 25),
    });
    const output = process.env['ATTACK_OUTPUT'];
    if (output) {
      writeFileSync(
        output,
        JSON.stringify([...confirmedSmallCounts(result.recoveries).values()], null, 1),
      );
      console.log(`Every confirmed recovery: ${output}`);
    }
    const unsound =
      result.violations.length > 0 || result.families.some((family) => family.unsound.length > 0);
    if (unsound) return 2;
    return confirmedSmallCounts(result.recoveries).size > 0 ? 1 : 0;
  } finally {
    await env.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);

import { performance } from 'node:perf_hooks';

// The attacker is a tool, not a library: the suite runs it as `npm run attack:reporting` does.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  type AttackEnvironment,
  confirmedSmallCounts,
  lastFinishedMonth,
  publishedRules,
  runAttack,
  startAttackEnvironment,
} from '../../../tools/attack';

/**
 * The attacker of tools/attack (README there), as a test: with the national analyst's log-in it
 * asks for every national report, time series and funder report of the demo data (plus two rare
 * people planted in one centre), models them as a linear system with the published noise bound,
 * and tries to pin down every hidden small count with linear programs (HiGHS). No count of people
 * from 1 to k−1 may come out exact (docs/decisions/0006-published-figures.md). It also prints how
 * long each part took: the benchmark of the attack.
 */
let env: AttackEnvironment;

beforeAll(async () => {
  env = await startAttackEnvironment({ plant: true });
}, 300_000);
afterAll(() => env?.stop());

it('recovers no count of people from 1 to k−1 from everything the analyst can ask for', async () => {
  const started = performance.now();
  const month = lastFinishedMonth(new Date());
  const rules = await publishedRules(env.analyst, { first: month, last: month });
  const result = await runAttack(env, {
    k: rules.threshold,
    maxWindows: 200,
    noiseBound: rules.maxNoise,
  });
  console.log(
    `Attack: ${result.plan.nationalWindows.length} national reports, ${result.tables.cells.length} cells; ` +
      `${result.model.variables} unknowns, ${result.model.constraints} constraints; ` +
      `${result.targets} targets; fetch ${Math.round(result.fetchMilliseconds)} ms, ` +
      `solve ${Math.round(result.solveMilliseconds)} ms, all ${Math.round(performance.now() - started)} ms`,
  );
  // A sound model: the true counts satisfy every constraint (else its findings prove nothing).
  expect(result.violations).toEqual([]);
  expect(result.families.flatMap((family) => family.unsound)).toEqual([]);
  // It had something to attack: hidden small counts of people exist in what was published.
  expect(result.targets).toBeGreaterThan(100);
  expect([...confirmedSmallCounts(result.recoveries).keys()]).toEqual([]);
}, 600_000);

import { identityKey, NATIONAL_NAME } from './linear-model';
import { windowKey } from './months';
import type { PlantedPeople } from './plant-rare-people';
import type { AttackResult, ConfirmedRecovery } from './run-attack';

/** Prints what was asked, what was modelled and solved, and every small count recovered. */
export function printAttackReport(
  result: AttackResult,
  context: {
    centres: { id: string; name: string }[];
    planted: PlantedPeople | null;
    k: number;
    totalMilliseconds: number;
    examples: number;
  },
): void {
  const say = (line = '') => console.log(line);
  const name = (id: string | null) =>
    context.centres.find((c) => c.id === id)?.name ?? NATIONAL_NAME;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const { tables } = result;
  const hidden = tables.cells.filter((cell) => cell.suppressed).length;

  say(`Data range: ${windowKey(result.range)} (finished months with anything in them)`);
  if (context.planted)
    say(`Planted in ${context.planted.centreName}: ${context.planted.description}`);
  say(
    `Published tables: ${tables.requests} requests (${result.plan.nationalWindows.length} national reports, ` +
      `time series for every figure, ${result.plan.funderWindows.length} periods × 4 funder reports), ` +
      `${tables.cells.length} cells, ${hidden} hidden; fetched in ${seconds(result.fetchMilliseconds)}`,
  );
  say(
    `True counts from the owner (centre_figures per centre): ${seconds(result.truthMilliseconds)}`,
  );
  say(
    `Model: ${result.model.variables} unknowns, ${result.model.constraints} constraints in ` +
      `${result.model.families} families; the true counts break ${result.violations.length} of them`,
  );
  for (const violation of result.violations.slice(0, 10)) say(`  MODEL IS WRONG: ${violation}`);
  const solves = result.families.reduce((sum, family) => sum + family.solves, 0);
  say(
    `Linear programs (HiGHS): ${result.targets} targets with a true value 1..${context.k - 1}, ` +
      `${solves} solves, ${seconds(result.solveMilliseconds)}`,
  );
  for (const family of [...result.families]
    .sort((a, b) => b.milliseconds - a.milliseconds)
    .slice(0, 6)) {
    say(
      `  ${family.family.padEnd(36)} ${String(family.columns).padStart(6)} unknowns ${String(family.rows).padStart(6)} rows ` +
        `${String(family.targets).padStart(5)} targets ${String(family.solves).padStart(5)} solves ` +
        `${seconds(family.milliseconds).padStart(8)}  ${family.recovered.length} recovered`,
    );
  }
  const unsound = result.families.flatMap((family) => family.unsound);
  for (const line of unsound.slice(0, 10)) say(`  SOLVER DISAGREES WITH THE TRUTH: ${line}`);

  const confirmed = confirmedSmallCounts(result.recoveries);
  const wrong = result.recoveries.filter((recovery) => !recovery.confirmed);
  say();
  say(`Small counts (1..${context.k - 1}) recovered exactly and confirmed: ${confirmed.size}`);
  const byMethod = new Map<string, number>();
  for (const recovery of result.recoveries.filter((r) => r.confirmed))
    byMethod.set(recovery.method, (byMethod.get(recovery.method) ?? 0) + 1);
  for (const [method, count] of byMethod) say(`  by ${method}: ${count}`);
  if (wrong.length > 0) say(`  NOT CONFIRMED (an attack is wrong): ${wrong.length}`);
  for (const recovery of wrong.slice(0, 5))
    say(`    ${describe(recovery, name)} (truth ${recovery.truth})`);

  const list = [...confirmed.values()];
  const planted = context.planted;
  const plantedOnes = planted
    ? list.filter(
        (group) => group[0].identity.centreId === planted.centreId && isPlantedCategory(group[0]),
      )
    : [];
  if (planted) {
    say();
    say(
      `About the planted people (${planted.centreName}; 70+, gender OTHER, Kragerø, heard via ` +
        `school, exposed to violence): ${plantedOnes.length} counts`,
    );
    const byCell = new Map<string, ConfirmedRecovery[][]>();
    for (const group of plantedOnes) {
      const { figure, dimension, category } = group[0].identity;
      const key = `${figure} · ${dimension} ${category}`;
      byCell.set(key, [...(byCell.get(key) ?? []), group]);
    }
    for (const [key, groups] of byCell) {
      const values = [...new Set(groups.map((group) => group[0].value))].join(', ');
      say(
        `  ${key} = ${values} in ${groups.length} windows, e.g. ${describeGroup(groups[0], name)}`,
      );
    }
  }
  say();
  say(`Examples (${Math.min(context.examples, list.length)} of ${list.length}):`);
  for (const group of pickExamples(list, context.examples)) say(`  ${describeGroup(group, name)}`);
  say();
  say(`Whole run: ${seconds(context.totalMilliseconds)}`);
}

/** Confirmed recoveries of the same count, by every method that found it. */
export function confirmedSmallCounts(
  recoveries: ConfirmedRecovery[],
): Map<string, ConfirmedRecovery[]> {
  const groups = new Map<string, ConfirmedRecovery[]>();
  for (const recovery of recoveries) {
    if (!recovery.confirmed) continue;
    const key = identityKey(recovery.identity);
    groups.set(key, [...(groups.get(key) ?? []), recovery]);
  }
  return groups;
}

function isPlantedCategory(recovery: ConfirmedRecovery): boolean {
  const { dimension, category } = recovery.identity;
  return (
    (dimension.startsWith('AGE_BAND') && category === '70+') ||
    (dimension === 'GENDER' && category === 'OTHER') ||
    (dimension === 'MUNICIPALITY' && category === 'Kragerø') ||
    (dimension === 'HEARD_VIA' && category === 'SCHOOL_OR_UNIVERSITY') ||
    (dimension === 'TARGET_GROUP' && category === 'EXPOSED_TO_VIOLENCE')
  );
}

/** One of each method first, then one of each kind of cell, then the rest in order. */
function pickExamples(list: ConfirmedRecovery[][], count: number): ConfirmedRecovery[][] {
  const picked: ConfirmedRecovery[][] = [];
  for (const method of [
    'window difference',
    'table unwinding',
    'share × total',
    'linear program',
  ]) {
    const first = list.find(
      (group) => group.some((r) => r.method === method) && !picked.includes(group),
    );
    if (first) picked.push(first);
  }
  const kind = (group: ConfirmedRecovery[]) => {
    const { figure, dimension, category } = group[0].identity;
    return `${figure}|${dimension}|${category}`;
  };
  const kinds = new Set(picked.map(kind));
  for (const group of list) {
    if (picked.length < count && !kinds.has(kind(group))) {
      picked.push(group);
      kinds.add(kind(group));
    }
  }
  for (const group of list)
    if (picked.length < count && !picked.includes(group)) picked.push(group);
  return picked.slice(0, count);
}

function describe(recovery: ConfirmedRecovery, name: (id: string | null) => string): string {
  const { identity } = recovery;
  return (
    `${name(identity.centreId)} · ${identity.figure} · ${identity.dimension} ${identity.category} · ` +
    `${windowKey(identity.window)} = ${recovery.value}`
  );
}

function describeGroup(group: ConfirmedRecovery[], name: (id: string | null) => string): string {
  const methods = group.map((r) =>
    r.method === 'linear program' ? r.method : `${r.method}: ${r.how}`,
  );
  return `${describe(group[0], name)}  [${[...new Set(methods)].join('; ')}]`;
}

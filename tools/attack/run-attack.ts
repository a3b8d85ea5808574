import { performance } from 'node:perf_hooks';

import type { AttackEnvironment } from './environment';
import {
  baseDimension,
  type CellIdentity,
  countsPeople,
  dimensionVariant,
  familyOf,
  FIGURE_SHAPES,
  identityKey,
  type LinearModel,
  ModelBuilder,
  PUBLISHED_STATE,
  SHARE_SOURCES,
  type Terms,
} from './linear-model';
import { lastFinishedMonth, type Window } from './months';
import { fetchPublishedTables, type PublishedTables, type RequestPlan } from './published-tables';
import { type FamilyResult, type LinearTarget, RangeSolver } from './range-solver';
import {
  type Recovery,
  shareArithmetic,
  tableUnwinding,
  windowDifferences,
} from './simple-attacks';
import { countTruth, type TruthIndex } from './truth';

export interface AttackOptions {
  k: number;
  /** At most this many national reports (the shortest windows first). */
  maxWindows: number;
  /** Shown counts are the true ones within ± this (0: exact, as today). See ModelInput. */
  noiseBound: number;
}

/** A recovery checked against the true count: only confirmed ones are reported as found. */
export interface ConfirmedRecovery extends Recovery {
  truth: number | undefined;
  confirmed: boolean;
}

export interface AttackResult {
  range: Window;
  plan: RequestPlan;
  tables: PublishedTables;
  fetchMilliseconds: number;
  truthMilliseconds: number;
  model: { variables: number; constraints: number; families: number };
  /** Constraints the true counts break: a wrong model, whose findings prove nothing. */
  violations: string[];
  targets: number;
  solveMilliseconds: number;
  families: FamilyResult[];
  recoveries: ConfirmedRecovery[];
}

/**
 * The whole attack on a running environment: find the months with data, ask for every table,
 * model them, try the simple attacks and the linear programs, and check every finding against
 * the truth.
 */
export async function runAttack(
  env: AttackEnvironment,
  options: AttackOptions,
): Promise<AttackResult> {
  const { k } = options;
  const centreIds = env.centres.map((centre) => centre.id);
  const range = await dataRange(env);
  const plan = requestPlan(range, options.maxWindows);

  const fetchStarted = performance.now();
  const tables = await fetchPublishedTables(env.analyst, plan, env.centres);
  const fetchMilliseconds = performance.now() - fetchStarted;

  const named = new Set(
    tables.cells
      .filter(
        (cell) =>
          cell.dimension === 'MUNICIPALITY' && !['OTHER', 'UNKNOWN'].includes(cell.category),
      )
      .map((cell) => cell.category),
  );
  const truthStarted = performance.now();
  const truth = await countTruth(env.owner, centreIds, truthWindows(range, tables), named);
  const truthMilliseconds = performance.now() - truthStarted;

  const builder = new ModelBuilder({
    cells: tables.cells,
    breakdowns: tables.breakdowns,
    centreIds,
    months: { first: range.first, last: range.last },
    k,
    noiseBound: options.noiseBound,
  });
  const model = builder.build();
  const published = await publishedStateTruth(env, model, truth);
  const violations = checkAgainstTruth(model, truth, range, published);

  // The simple attacks take shown counts as exact; with noise only the linear programs apply.
  const simple =
    options.noiseBound > 0
      ? []
      : [
          ...windowDifferences(tables.cells, k),
          ...tableUnwinding(tables.cells, centreIds, k),
          ...shareArithmetic(tables.cells, k),
        ];
  const targets = linearTargets(builder, model, tables, truth, simple, k);
  const solver = await RangeSolver.create();
  const solveStarted = performance.now();
  const byFamily = new Map<string, LinearTarget[]>();
  for (const target of targets)
    byFamily.set(target.family, [...(byFamily.get(target.family) ?? []), target]);
  const families = [...byFamily].map(([family, list]) => solver.solveFamily(model, family, list));
  const solveMilliseconds = performance.now() - solveStarted;

  const lp: Recovery[] = families.flatMap((family) =>
    family.recovered.map((range) => ({
      identity: (
        targets.find((t) => t.key === range.target.key) as LinearTarget & { identity: CellIdentity }
      ).identity,
      value: range.lower,
      method: 'linear program' as const,
      how: `min = max over ${family.family} (${family.columns} unknowns, ${family.rows} constraints)`,
      truthTerms: [],
    })),
  );
  const recoveries = [...simple, ...lp].map((recovery) => confirm(recovery, truth, targets));
  return {
    range,
    plan,
    tables,
    fetchMilliseconds,
    truthMilliseconds,
    model: {
      variables: model.variables.length,
      constraints: model.constraints.length,
      families: new Set(model.constraints.flatMap((c) => c.families)).size,
    },
    violations,
    targets: targets.length,
    solveMilliseconds,
    families,
    recoveries,
  };
}

/**
 * From the first month any figure has something in it (shown or hidden) to the last finished
 * month: what the analyst can see with one time series per figure over five years.
 */
async function dataRange(env: AttackEnvironment): Promise<Window> {
  const last = lastFinishedMonth(env.now);
  const probe = await fetchPublishedTables(
    env.analyst,
    { nationalWindows: [], seriesWindow: { first: last - 59, last }, funderWindows: [] },
    env.centres,
  );
  // Counts of what happened in a month; waiting now and qualified starters are states that
  // would stretch the range over years with nothing else in them.
  const active = probe.cells
    .filter((cell) => ['additive', 'span'].includes(FIGURE_SHAPES[cell.figure]))
    .filter((cell) => cell.suppressed || (cell.value ?? 0) !== 0)
    .map((cell) => cell.window.first);
  return { first: Math.min(last, ...active), last };
}

/**
 * Every window of whole months within the range, shortest first, up to `maxWindows` national
 * reports; time series over the range; funder reports for every quarter and year in it (they are
 * cut from the same suppressed tables as the national reports, so more of them add little).
 */
export function requestPlan(range: Window, maxWindows: number): RequestPlan {
  const windows: Window[] = [];
  for (let length = 1; length <= range.last - range.first + 1; length++) {
    for (let first = range.first; first + length - 1 <= range.last; first++)
      windows.push({ first, last: first + length - 1 });
  }
  const calendar = windows.filter(
    (window) =>
      (window.last - window.first === 2 && window.first % 3 === 0) ||
      (window.first % 12 === 0 && (window.last % 12 === 11 || window.last === range.last)),
  );
  return {
    nationalWindows: windows.slice(0, maxWindows),
    seriesWindow: range,
    funderWindows: calendar,
  };
}

function truthWindows(range: Window, tables: PublishedTables): Window[] {
  const windows: Window[] = tables.cells.map((cell) => cell.window);
  for (let first = range.first; first <= range.last; first++)
    for (let last = first; last <= range.last; last++) windows.push({ first, last });
  return windows;
}

/** The true value of one unknown (see linear-model.ts for what each shape's unknowns are). */
function variableTruth(
  identity: CellIdentity,
  truth: TruthIndex,
  range: Window,
): number | undefined {
  const { centreId, figure, dimension, category, window } = identity;
  const shape = FIGURE_SHAPES[figure];
  if (shape === 'snapshot')
    return truth.value(
      centreId,
      { first: range.first, last: range.first },
      figure,
      'TOTAL',
      'TOTAL',
    );
  if (dimension.startsWith('AGE_BAND@')) {
    // This month's new people by their age band at the end of the year's last month in range.
    const end = Math.min(Number(dimension.split('@')[1]) * 12 + 11, range.last);
    const upTo = truth.value(
      centreId,
      { first: window.first, last: end },
      figure,
      'AGE_BAND',
      category,
    );
    const after =
      window.first < end
        ? truth.value(
            centreId,
            { first: window.first + 1, last: end },
            figure,
            'AGE_BAND',
            category,
          )
        : 0;
    return upTo === undefined || after === undefined ? undefined : upTo - after;
  }
  return truth.value(centreId, window, figure, baseDimension(dimension), category);
}

/**
 * The true values of the published (perturbed) met and missed counts behind shares: what the
 * database perturbed them to, asked of it as its owner (to check the model, never to claim).
 */
async function publishedStateTruth(
  env: AttackEnvironment,
  model: LinearModel,
  truth: TruthIndex,
): Promise<Map<string, number>> {
  const aux = model.variables
    .map((variable) => variable.identity)
    .filter((identity) => identity.figure.endsWith(PUBLISHED_STATE));
  const cells = aux.map((identity) => {
    const source = identity.figure.slice(0, -PUBLISHED_STATE.length);
    const value = truth.value(
      identity.centreId,
      identity.window,
      source,
      'STATE',
      identity.category,
    );
    const label = [identity.centreId ?? 'COUNTRY', source, 'STATE', identity.category].join('|');
    return { key: identityKey(identity), label, value: value ?? 0 };
  });
  const { rows } = await env.owner.query<{ value: string }>(
    `SELECT reporting.perturb(c.label, c.value) AS value
     FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS c(label, value, no) ORDER BY c.no`,
    [cells.map((cell) => cell.label), cells.map((cell) => cell.value)],
  );
  return new Map(cells.map((cell, index) => [cell.key, Number(rows[index].value)]));
}

/** Every constraint must hold for the true counts, or the model (not the data) is wrong. */
function checkAgainstTruth(
  model: LinearModel,
  truth: TruthIndex,
  range: Window,
  published: Map<string, number>,
): string[] {
  for (const variable of model.variables)
    variable.truth =
      published.get(identityKey(variable.identity)) ??
      variableTruth(variable.identity, truth, range);
  const violations: string[] = [];
  for (const constraint of model.constraints) {
    let sum = 0;
    let missing = false;
    for (const [index, coefficient] of constraint.terms) {
      const value = model.variables[index].truth;
      if (value === undefined) missing = true;
      else sum += coefficient * value;
    }
    if (missing) violations.push(`no truth for a term of: ${constraint.reason}`);
    else if (sum < constraint.lower - 1e-9 || sum > constraint.upper + 1e-9)
      violations.push(`${constraint.reason} (true value ${sum})`);
  }
  return violations;
}

/**
 * What the linear programs try to pin down, each only when its true value is 1 to k−1: every
 * atomic unknown (a centre's count in one month), every hidden published cell, the inquiries
 * missed behind every share, and whatever the simple attacks found.
 */
function linearTargets(
  builder: ModelBuilder,
  model: LinearModel,
  tables: PublishedTables,
  truth: TruthIndex,
  simple: Recovery[],
  k: number,
): (LinearTarget & { identity: CellIdentity })[] {
  const targets = new Map<string, LinearTarget & { identity: CellIdentity }>();
  const add = (identity: CellIdentity, terms: Terms | undefined, value: number | undefined) => {
    // Counts of the centres' work are published exactly by design (decision 0006): a small
    // one points to no person, so it is no target.
    if (!countsPeople(identity.figure)) return;
    if (!terms || value === undefined || value < 1 || value >= k) return;
    const key = identityKey(identity);
    if (!targets.has(key))
      targets.set(key, {
        key,
        identity,
        terms,
        truth: value,
        family: familyOf(identity.figure, identity.dimension),
      });
  };
  model.variables.forEach((variable, index) => {
    const shape = FIGURE_SHAPES[variable.identity.figure];
    if (
      shape === 'additive' ||
      shape === 'point' ||
      Object.values(SHARE_SOURCES).includes(variable.identity.figure)
    )
      add(variable.identity, [[index, 1]], variable.truth);
  });
  for (const cell of tables.cells) {
    if (FIGURE_SHAPES[cell.figure] === 'share') {
      const source = SHARE_SOURCES[cell.figure];
      const identity = {
        centreId: cell.centreId,
        figure: source,
        dimension: 'STATE',
        category: 'MISSED',
        window: cell.window,
      };
      add(
        identity,
        builder.stateExpression(source, 'MISSED', cell.centreId, cell.window),
        truth.value(cell.centreId, cell.window, source, 'STATE', 'MISSED'),
      );
      continue;
    }
    if (!cell.suppressed) continue;
    const identity = {
      centreId: cell.centreId,
      figure: cell.figure,
      dimension: dimensionVariant(cell.figure, cell.dimension, cell.window),
      category: cell.category,
      window: cell.window,
    };
    add(
      identity,
      builder.expression(identity),
      truth.value(cell.centreId, cell.window, cell.figure, cell.dimension, cell.category),
    );
  }
  for (const recovery of simple) {
    const identity = recovery.identity;
    const terms =
      identity.dimension === 'STATE'
        ? builder.stateExpression(identity.figure, 'MISSED', identity.centreId, identity.window)
        : builder.expression(identity);
    add(identity, terms, recovery.value);
  }
  return [...targets.values()];
}

function confirm(
  recovery: Recovery,
  truth: TruthIndex,
  targets: (LinearTarget & { identity: CellIdentity })[],
): ConfirmedRecovery {
  let value: number | undefined;
  if (recovery.truthTerms.length > 0) {
    value = 0;
    for (const [identity, sign] of recovery.truthTerms) {
      const part = truth.value(
        identity.centreId,
        identity.window,
        identity.figure,
        identity.dimension,
        identity.category,
      );
      value = part === undefined || value === undefined ? undefined : value + sign * part;
    }
  } else {
    value = targets.find((target) => target.key === identityKey(recovery.identity))?.truth;
  }
  return { ...recovery, truth: value, confirmed: value === recovery.value };
}

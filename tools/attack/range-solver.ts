import highsLoader from 'highs';

import type { LinearModel, Terms } from './linear-model';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
type HighsModel = ReturnType<Highs['createModel']>;

const OPTIMAL = 7;
const INFEASIBLE = 8;
/** Solver tolerance: an LP bound this close to an integer is that integer. */
const EPSILON = 1e-6;
/** At most this many mixed-direction solves before the targets are bounded one by one. */
const SCREENING_ROUNDS = 8;

export interface LinearTarget {
  key: string;
  terms: Terms;
  /** The true count, from the owner's counting (used to pick targets and to confirm, never to solve). */
  truth: number;
  family: string;
}

export interface TargetRange {
  target: LinearTarget;
  /** The LP bounds, rounded inward to integers (the counts are integers). */
  lower: number;
  upper: number;
}

export interface FamilyResult {
  family: string;
  columns: number;
  rows: number;
  targets: number;
  solves: number;
  milliseconds: number;
  /** Targets whose only integer value within the LP bounds is their true value. */
  recovered: TargetRange[];
  /** Bounds that exclude the true value, or an infeasible model: the model is wrong. */
  unsound: string[];
}

/**
 * Bounds counts with HiGHS (WebAssembly, npm `highs`): the smallest and largest value a linear
 * expression of the unknowns can take under every constraint of one family. The true counts
 * satisfy every constraint, so they lie within; when the bounds, rounded inward to integers,
 * meet, the count is known exactly. That is a proof: it holds for every table of counts
 * consistent with what was published, not only for the real one.
 *
 * One persistent HiGHS model per family: each target only changes the objective, so the simplex
 * restarts from the last basis. Every solution found also rules out the other targets it gives a
 * value at least 1 away from their true value (both values are feasible, so bounds cannot meet).
 */
export class RangeSolver {
  private constructor(private readonly highs: Highs) {}

  static async create(): Promise<RangeSolver> {
    return new RangeSolver(await highsLoader());
  }

  solveFamily(model: LinearModel, family: string, targets: LinearTarget[]): FamilyResult {
    const started = performance.now();
    const rows = model.constraints.filter((constraint) => constraint.families.includes(family));
    const local = new Map<number, number>();
    const columnOf = (variable: number) => {
      let column = local.get(variable);
      if (column === undefined) local.set(variable, (column = local.size));
      return column;
    };
    for (const row of rows) for (const [variable] of row.terms) columnOf(variable);
    for (const target of targets) for (const [variable] of target.terms) columnOf(variable);
    const result: FamilyResult = {
      family,
      columns: local.size,
      rows: rows.length,
      targets: targets.length,
      solves: 0,
      milliseconds: 0,
      recovered: [],
      unsound: [],
    };
    if (targets.length === 0) return result;

    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of rows) {
      for (const [variable, coefficient] of row.terms) {
        indices.push(columnOf(variable));
        values.push(coefficient);
      }
      starts.push(indices.length);
    }
    const infinity = this.highs.infinity;
    const finite = (value: number) =>
      value === Infinity ? infinity : value === -Infinity ? -infinity : value;
    const highsModel: HighsModel = this.highs.createModel({
      numCols: local.size,
      numRows: rows.length,
      colCost: new Float64Array(local.size),
      colLower: new Float64Array(local.size),
      colUpper: new Float64Array(local.size).fill(infinity),
      rowLower: rows.map((row) => finite(row.lower)),
      rowUpper: rows.map((row) => finite(row.upper)),
      matrix: { format: 'csr', numRows: rows.length, numCols: local.size, starts, indices, values },
    });
    try {
      highsModel.options.set({ output_flag: false, presolve: 'off' });
      const costs = new Float64Array(local.size);
      const all = { kind: 'range', from: 0, to: local.size - 1 } as const;
      const evaluate = (terms: Terms, x: Float64Array) =>
        terms.reduce(
          (sum, [variable, coefficient]) => sum + coefficient * x[columnOf(variable)],
          0,
        );

      let open = [...targets];
      /** Drops every open target a feasible point puts at least 1 from its true value. */
      const screen = (x: Float64Array) => {
        open = open.filter(
          (target) => Math.abs(evaluate(target.terms, x) - target.truth) < 1 - EPSILON,
        );
      };
      const optimise = (terms: Terms, maximise: boolean): number | 'unbounded' | 'infeasible' => {
        costs.fill(0);
        for (const [variable, coefficient] of terms) costs[columnOf(variable)] += coefficient;
        highsModel.changeColsCost(all, costs);
        highsModel.changeObjectiveSense(
          maximise
            ? this.highs.constants.objectiveSense.maximize
            : this.highs.constants.objectiveSense.minimize,
        );
        highsModel.run();
        result.solves++;
        const status = highsModel.getModelStatus();
        if (status === INFEASIBLE) return 'infeasible';
        if (status !== OPTIMAL) return 'unbounded';
        screen(highsModel.getSolution().colValue);
        return highsModel.getObjectiveValue();
      };

      // Two points far apart first: most targets differ between them.
      const everything: Terms = targets.flatMap((target) => target.terms);
      for (const maximise of [false, true]) {
        if (optimise(everything, maximise) === 'infeasible') {
          result.unsound.push(`${family}: the published tables have no solution in this model`);
          return result;
        }
      }
      // Then points in mixed directions (some targets up, others down), while they still rule
      // out many: cheaper than two solves for each target left.
      let seed = 1;
      const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
      for (let round = 0; round < SCREENING_ROUNDS && open.length > 8; round++) {
        const before = open.length;
        const mixed: Terms = open.flatMap((target) => {
          const sign = random() < 0.5 ? -1 : 1;
          return target.terms.map(([variable, coefficient]): [number, number] => [
            variable,
            sign * coefficient,
          ]);
        });
        optimise(mixed, true);
        if (open.length > before * 0.9) break;
      }
      while (open.length > 0) {
        const target = open[0];
        open = open.slice(1);
        const low = optimise(target.terms, false);
        if (typeof low !== 'number') {
          result.unsound.push(`${target.key}: ${low}`);
          continue;
        }
        const lower = Math.ceil(low - EPSILON);
        if (lower > target.truth)
          result.unsound.push(`${target.key}: at least ${lower}, truth ${target.truth}`);
        if (lower !== target.truth) continue;
        const high = optimise(target.terms, true);
        if (high === 'infeasible') result.unsound.push(`${target.key}: infeasible`);
        if (typeof high !== 'number') continue;
        const upper = Math.floor(high + EPSILON);
        if (upper < target.truth)
          result.unsound.push(`${target.key}: at most ${upper}, truth ${target.truth}`);
        if (upper === lower) result.recovered.push({ target, lower, upper });
      }
    } finally {
      highsModel.dispose();
      result.milliseconds = performance.now() - started;
    }
    return result;
  }
}

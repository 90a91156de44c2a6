import { KpiError } from "../../errors.js";
import { lowerBound } from "../../internal/lowerBound.js";
import { sortById } from "../../internal/sortById.js";
import { mergeSurveyTallies } from "./mergeSurveyTallies.js";
import type { SurveyTally } from "../partialAggregate.js";
import type { PeriodAggregateColumns } from "../periodAggregateColumns.js";
import type { PeriodAggregates } from "../periodAggregates.js";
import type { QuantileSketch } from "../quantileSketch.js";
import type { RollUpKpi } from "../rollUpKpi.js";
import { allocateColumns } from "./allocateColumns.js";
import { borrowScratch } from "./scratchArray.js";
import { createPeriodAggregates } from "./createPeriodAggregates.js";
import { finalizeRuns } from "./finalizeRuns.js";
import { flagKpis } from "./flagKpis.js";
import { mergedM2, mergedMean, mergedSketch, overflowedField, takesEnd } from "./mergeArithmetic.js";
import { orderScopeTree } from "./orderScopeTree.js";
import { checkAggregationKpi } from "./checkAggregationKpi.js";
import { checkRollUpRule } from "./checkRollUpRule.js";

/** Nodes × periods up to which a cell's place is read from a table (16 MB) rather than searched. */
const DENSE_CELLS = 1 << 22;

/** The most exact values the result may hold in all (its offsets are 32-bit). */
const MAX_POOLED_VALUES = 2 ** 31 - 1;


type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Columns = Mutable<PeriodAggregateColumns> & {
  sketches: (QuantileSketch | null)[] | null;
  surveys: (SurveyTally | null)[] | null;
};

/**
 * `rollUpScopes` over a whole aggregation result: every KPI, scope node and period at once, column by column, with
 * the numbers `rollUpScopes` gives per KPI and period (see its documentation, which this follows, errors included).
 *
 * @remarks
 * Per KPI: the result's cells (node × period with a group at or below the node) are listed and sorted into the
 * canonical order; each own group is copied to its cell; then, deepest node first (the order of `rollUpScopes`),
 * each node's groups are merged into its parent's, field by field as `mergePartials` merges (so even float sums are
 * the same to the last bit), and its exact values, gathered as one ascending run per source, are merged into one
 * sorted run before they are passed up. The working arrays (not the result's) are borrowed from the scratch an
 * aggregation before may have left idle (`borrowScratch`); the result's columns take what they can of the rest,
 * which leaves the pool with them, and what is left is let go.
 *
 * @example
 * ```ts
 * const kpi = { id: "n", measure: { kind: "count" }, aggregation: "sum", rollUp: "sum" } as const;
 * const own = aggregateRows([{ kpiId: "n", subjectId: "a", at: 0, value: 2 }, { kpiId: "n", subjectId: "b", at: 0, value: 3 }], [kpi], {
 *   grain: "year", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 },
 * });
 * rollUpColumns(own, [{ id: "lv", parentId: null }, { id: "a", parentId: "lv" }, { id: "b", parentId: "lv" }], [kpi]).groups.map((g) => [g.subjectId, g.value]);
 * //=> [["a", 2], ["b", 3], ["lv", 5]]
 * ```
 */
export function rollUpColumns(
  aggregates: PeriodAggregates,
  scopeNodes: readonly { readonly id: string; readonly parentId: string | null }[],
  kpis: readonly RollUpKpi[],
): PeriodAggregates {
  const caller = "rollUpScopes";
  const input = (aggregates as { columns?: PeriodAggregateColumns } | null)?.columns;
  if (input === undefined || !Array.isArray(aggregates.periods)) {
    throw new KpiError("invalid_argument", `${caller}: aggregates must be a PeriodAggregates result`, { path: ["aggregates"] });
  }
  if (!Array.isArray(kpis) || kpis.length !== input.kpiIds.length) {
    throw new KpiError("invalid_argument", `${caller}: kpis must be the ${input.kpiIds.length} KPIs the aggregates were built from`, {
      path: ["kpis"],
    });
  }
  kpis.forEach((kpi: RollUpKpi | null, k) => {
    if (typeof kpi !== "object" || kpi === null) {
      throw new KpiError("invalid_argument", `${caller}: kpis[${k}] must be a KPI`, { path: ["kpis", k] });
    }
    if (kpi.id !== input.kpiIds[k]) {
      throw new KpiError("invalid_argument", `${caller}: kpis[${k}] is "${kpi.id}", the aggregates' KPI ${k} is "${input.kpiIds[k]}"`, {
        path: ["kpis", k, "id"],
      });
    }
    checkRollUpRule(kpi.rollUp, caller, `kpis[${k}].rollUp`, ["kpis", k, "rollUp"]);
    checkAggregationKpi(kpi, caller, ["kpis", k]);
  });
  const { indexOf, parent, order, height } = orderScopeTree(scopeNodes, caller);
  const keepValues = input.sketches === null;
  const { flags, shapes } = flagKpis(kpis, keepValues);
  const nG = input.length;
  const nN = scopeNodes.length;
  const nP = aggregates.periods.length;
  const nodeIds = scopeNodes.map((node) => node.id);

  // Node ranks by id, so that a group's key (KPI, rank, period) sorts in the result's canonical order.
  const byRank = sortById(nodeIds);
  const rank = new Int32Array(nN);
  byRank.forEach((node, r) => (rank[node] = r));

  // Each group's node, checked; and the KPIs' blocks of groups (the input is ordered by KPI).
  const nodeOfSubject = new Int32Array(input.subjectIds.length).fill(-1);
  // Working arrays borrowed from the scratch an aggregation just before may have left idle (borrowScratch).
  const borrow = borrowScratch();
  const groupNode = borrow("i32", nG);
  const blockStart = new Int32Array(kpis.length + 1);
  for (let g = 0; g < nG; g++) {
    const s = input.subjectIndex[g]!;
    if (s < 0) {
      throw new KpiError("invalid_argument", `${caller}: the aggregates pool their subjects; aggregate with subjects "each"`, {
        path: ["aggregates"],
      });
    }
    let node = nodeOfSubject[s]!;
    if (node < 0) {
      const found = indexOf.get(input.subjectIds[s]!);
      if (found === undefined) {
        throw new KpiError("unknown_reference", `${caller}: subject "${input.subjectIds[s]}" is not a node of the scope tree`, {
          path: ["aggregates", "columns", "subjectIds", s],
        });
      }
      node = nodeOfSubject[s] = found;
    }
    groupNode[g] = node;
    const k = input.kpiIndex[g]!;
    if (g > 0 && k < input.kpiIndex[g - 1]!) {
      throw new KpiError("invalid_argument", `${caller}: the aggregates' groups are not ordered by KPI`, {
        path: ["aggregates", "columns", "kpiIndex", g],
      });
    }
    blockStart[k + 1] = g + 1;
  }
  for (let k = 1; k <= kpis.length; k++) blockStart[k] = Math.max(blockStart[k]!, blockStart[k - 1]!);

  // Per KPI, the result's cells (node rank × nP + period) with a group at or below them, sorted: the result's order.
  // A cell's place among its KPI's cells is read from a dense table when nodes × periods are few enough, else
  // found by binary search.
  const nCells = nN * nP;
  const index: CellIndex = { rank, nP, table: nCells <= DENSE_CELLS ? new Int32Array(nCells).fill(-1) : null };
  // A KPI's parents: the tree's, or none for a KPI rolled up by `none` (each node keeps its own group only).
  const NO_PARENTS = new Int32Array(nN).fill(-1);
  const up = (k: number): Int32Array => (kpis[k]!.rollUp === "none" ? NO_PARENTS : parent);

  // Pass 1, per KPI: its cells, and how many exact values each pools (its own and every descendant's). Each pass is
  // a function of its own: the optimizing compiler then compiles a small loop, not this whole function.
  const cellChunks: Float64Array[] = [];
  const countChunks: (Int32Array | null)[] = [];
  const outStart = new Int32Array(kpis.length + 1);
  for (let k = 0; k < kpis.length; k++) {
    const from = blockStart[k]!, to = blockStart[k + 1]!;
    const parents = up(k);
    const unique = listCells(input, groupNode, from, to, parents, parents === parent ? height : 1, index, nCells);
    const cells = borrow("f64", unique.length);
    cells.set(unique);
    cellChunks.push(cells);
    outStart[k + 1] = outStart[k]! + unique.length;
    if (!shapes[k]!.keepsValues) {
      countChunks.push(null);
      continue;
    }
    const counts = borrow("i32", unique.length);
    countPooledValues(input, groupNode, from, to, parents, index, cells, counts);
    countChunks.push(counts);
  }
  const size = outStart[kpis.length]!;
  let pooledValues = 0;
  let longest = 0;
  for (const counts of countChunks) {
    if (counts === null) continue;
    for (let j = 0; j < counts.length; j++) {
      pooledValues += counts[j]!;
      longest = Math.max(longest, counts[j]!);
    }
  }
  if (pooledValues > MAX_POOLED_VALUES) {
    throw new KpiError("input_too_large", `${caller}: the nodes would pool more than ${MAX_POOLED_VALUES} exact values`, { path: ["aggregates"] });
  }
  // Per KPI, whether its nodes' values are combined from their children's values (min, max, a stock's sum) rather
  // than computed from the merged partial; the combined values only when some KPI is.
  const byValue = new Uint8Array(kpis.length);
  kpis.forEach(({ rollUp, aggregation }, k) => {
    const stockSum = rollUp === "sum" && (aggregation === "first" || aggregation === "last");
    byValue[k] = rollUp === "min" ? 1 : rollUp === "max" ? 2 : stockSum ? 3 : 0;
  });
  const anyByValue = byValue.some((how) => how !== 0);
  // Pass 2's working arrays, borrowed before the result takes what it can of the idle scratch.
  const work: Omit<PoolWork, "out"> = {
    input,
    groupNode,
    index,
    parent,
    order,
    present: borrow("u8", size),
    pooled: borrow("u8", size),
    cursor: borrow("i32", size),
    combined: borrow("f64", anyByValue ? size : 0),
    hasCombined: borrow("u8", anyByValue ? size : 0),
    temp: borrow("f64", longest),
  };
  // The result's columns go into idle scratch where it has room (it leaves the pool with them), the rest of which
  // is then let go: the scratch of the aggregation before is not idle memory beside a result of the same size.
  const out = allocateColumns(
    size,
    null,
    pooledValues,
    input.kpiIds,
    nodeIds,
    input.numeratorSum !== null,
    input.weightSum !== null,
    input.firstAt !== null,
    input.statuses !== null,
    input.sketches !== null,
    input.surveys !== null,
    borrow.forResult,
  ) as Columns;
  const { kpiIndex, subjectIndex: nodeIndex, periodIndex } = out;
  // Each group's KPI, node and period from its cell, and where its exact values start.
  const { valueStart } = out;
  for (let k = 0; k < kpis.length; k++) {
    const cells = cellChunks[k]!, counts = countChunks[k]!, base = outStart[k]!;
    for (let j = 0; j < cells.length; j++) {
      const s = base + j;
      const r = Math.floor(cells[j]! / nP);
      kpiIndex[s] = k;
      nodeIndex[s] = byRank[r]!;
      periodIndex[s] = cells[j]! - r * nP;
      valueStart[s + 1] = valueStart[s]! + (counts === null ? 0 : counts[j]!);
    }
  }
  countChunks.length = 0;

  // Pass 2, per KPI: the own groups; every group's values copied to its node and each ancestor, then sorted where
  // pooled; then each node merged into its parent, deepest first (the order of rollUpScopes), period by period.
  work.cursor.set(valueStart.subarray(0, size));
  const pool: PoolWork = { ...work, out };
  for (let k = 0; k < kpis.length; k++) {
    const parents = up(k);
    poolKpi(pool, blockStart[k]!, blockStart[k + 1]!, cellChunks[k]!, outStart[k]!, parents === parent, shapes[k]!, byValue[k]!);
  }
  const { combined, hasCombined } = work;
  finalizeRuns(out, kpis, flags, shapes, keepValues);
  for (let s = 0; anyByValue && s < size; s++) {
    if (byValue[kpiIndex[s]!] === 0) continue;
    out.hasValue[s] = hasCombined[s]!;
    out.value[s] = hasCombined[s] === 1 ? combined[s]! : 0;
  }
  return createPeriodAggregates(aggregates.grain, size === 0 ? [] : aggregates.periods, out, shapes);
}

/** Where a KPI's cells are found: node ranks, periods, and the dense table of places (`null`: binary search). */
interface CellIndex {
  readonly rank: Int32Array;
  readonly nP: number;
  readonly table: Int32Array | null;
}

/** Writes each cell's place into the dense table (or clears them), so that `placeOf` reads it. */
function markCells(index: CellIndex, cells: Float64Array, on: boolean): void {
  const table = index.table;
  if (table !== null) for (let j = 0; j < cells.length; j++) table[cells[j]!] = on ? j : -1;
}

/** The place of `cell` among `cells` (marked, with the dense table). */
function placeOf(index: CellIndex, cells: Float64Array, cell: number): number {
  return index.table !== null ? index.table[cell]! : lowerBound(cells, cell);
}

/**
 * Pass 1 for one KPI's groups `[from, to)`: the cells of every (group, ancestor) pair, each once, ascending (a view
 * of a fresh array, copied by the caller); with the table, never more than nodes × periods of them.
 */
function listCells(
  input: PeriodAggregateColumns,
  groupNode: Int32Array,
  from: number,
  to: number,
  parents: Int32Array,
  height: number,
  index: CellIndex,
  nCells: number,
): Float64Array {
  const { rank, nP, table } = index;
  const pairs = (to - from) * height;
  const raw = new Float64Array(table === null ? pairs : Math.min(pairs, nCells));
  let unique = 0;
  if (table !== null) {
    // Each cell once (the table marks the cells seen), then only those sorted.
    for (let g = from; g < to; g++) {
      const p = input.periodIndex[g]!;
      for (let a = groupNode[g]!; a >= 0; a = parents[a]!) {
        const cell = rank[a]! * nP + p;
        if (table[cell] === -1) {
          table[cell] = 0;
          raw[unique++] = cell;
        }
      }
    }
    for (let j = 0; j < unique; j++) table[raw[j]!] = -1;
    raw.subarray(0, unique).sort();
  } else {
    let m = 0;
    for (let g = from; g < to; g++) {
      const p = input.periodIndex[g]!;
      for (let a = groupNode[g]!; a >= 0; a = parents[a]!) raw[m++] = rank[a]! * nP + p;
    }
    raw.subarray(0, m).sort();
    for (let j = 0; j < m; j++) if (j === 0 || raw[j] !== raw[j - 1]) raw[unique++] = raw[j]!;
  }
  return raw.subarray(0, unique);
}

/** Pass 1 for one KPI that keeps exact values: how many each of its cells pools (its own and every descendant's). */
function countPooledValues(
  input: PeriodAggregateColumns,
  groupNode: Int32Array,
  from: number,
  to: number,
  parents: Int32Array,
  index: CellIndex,
  cells: Float64Array,
  counts: Int32Array,
): void {
  const { rank, nP } = index;
  markCells(index, cells, true);
  for (let g = from; g < to; g++) {
    const nv = input.valueStart[g + 1]! - input.valueStart[g]!;
    const p = input.periodIndex[g]!;
    for (let a = groupNode[g]!; a >= 0; a = parents[a]!) {
      const j = placeOf(index, cells, rank[a]! * nP + p);
      counts[j] = counts[j]! + nv;
    }
  }
  markCells(index, cells, false);
}

/** What pass 2 reads and writes, for every KPI. */
interface PoolWork {
  readonly input: PeriodAggregateColumns;
  readonly out: Columns;
  readonly groupNode: Int32Array;
  readonly index: CellIndex;
  readonly parent: Int32Array;
  /** The tree's nodes, deepest first. */
  readonly order: readonly number[];
  /** Per result group: it has a partial yet; it pools values from more than one source (to be merged). */
  readonly present: Uint8Array;
  readonly pooled: Uint8Array;
  /** Per result group, where its next pooled value goes. */
  readonly cursor: Int32Array;
  /** Per result group, the value combined from its sources (KPIs rolled up by min, max or a stock's sum). */
  readonly combined: Float64Array;
  readonly hasCombined: Uint8Array;
  /** Room for the longest run of values that mergeRuns sorts. */
  readonly temp: Float64Array;
}

/**
 * Pass 2 for one KPI (its groups `[from, to)`, its cells, from result group `base`): the own groups copied to their
 * cells with their values; then, up the tree (`rollsUp`), each node merged into its parent.
 */
function poolKpi(
  work: PoolWork,
  from: number,
  to: number,
  cells: Float64Array,
  base: number,
  rollsUp: boolean,
  shape: { readonly keepsValues: boolean; readonly keepsFirstLast: boolean },
  how: number,
): void {
  const { input, out, groupNode, index, parent, order, present, pooled, cursor, combined, hasCombined, temp } = work;
  const { rank, nP } = index;
  const { keepsValues, keepsFirstLast } = shape;
  const { sortedValues, valueStart, periodIndex } = out;
  const inputValues = input.sortedValues;
  markCells(index, cells, true);
  for (let g = from; g < to; g++) {
    const p = input.periodIndex[g]!;
    const own = base + placeOf(index, cells, rank[groupNode[g]!]! * nP + p);
    copyGroup(input, g, out, own);
    present[own] = 1;
    if (how !== 0 && input.hasValue[g] === 1) {
      combined[own] = input.value[g]!;
      hasCombined[own] = 1;
    }
    if (!keepsValues) continue;
    let at = cursor[own]!;
    for (let v = input.valueStart[g]!, end = input.valueStart[g + 1]!; v < end; v++) sortedValues[at++] = inputValues[v]!;
    cursor[own] = at;
  }
  if (rollsUp) {
    for (const i of order) {
      const nodeStart = base + lowerBound(cells, rank[i]! * nP);
      const end = base + lowerBound(cells, (rank[i]! + 1) * nP);
      // The node's groups are complete (its children come before it): their pooled values become one sorted run.
      if (keepsValues) for (let s = nodeStart; s < end; s++) if (pooled[s] === 1) mergeRuns(sortedValues, valueStart[s]!, valueStart[s + 1]!, temp);
      const p = parent[i]!;
      if (p < 0) continue;
      for (let s = nodeStart; s < end; s++) {
        if (present[s] === 0) continue;
        const target = base + placeOf(index, cells, rank[p]! * nP + periodIndex[s]!);
        if (present[target] === 0) {
          copyGroup(out, s, out, target);
          present[target] = 1;
        } else mergeGroup(out, target, s, keepsValues, keepsFirstLast);
        if (keepsValues) {
          sortedValues.copyWithin(cursor[target]!, valueStart[s]!, valueStart[s + 1]!);
          cursor[target] = cursor[target]! + valueStart[s + 1]! - valueStart[s]!;
          pooled[target] = 1;
        }
        if (how !== 0 && hasCombined[s] === 1) {
          const v = combined[s]!;
          if (hasCombined[target] === 0) {
            combined[target] = v;
            hasCombined[target] = 1;
          } else {
            const cur = combined[target]!;
            combined[target] = how === 1 ? Math.min(cur, v) : how === 2 ? Math.max(cur, v) : cur + v;
          }
        }
      }
    }
  }
  markCells(index, cells, false);
}

/**
 * Sorts `values[from, to)`, made of ascending runs, by merging neighbouring runs pairwise (a natural merge sort),
 * through `temp` (at least `to - from` long).
 */
function mergeRuns(values: Float64Array, from: number, to: number, temp: Float64Array): void {
  const starts: number[] = [from];
  for (let j = from + 1; j < to; j++) if (values[j]! < values[j - 1]!) starts.push(j);
  if (starts.length === 1) return;
  starts.push(to);
  // `src` holds position j at j - srcOffset; the merged runs go to `dst`, at j - dstOffset.
  let src = values, dst = temp, srcOffset = 0, dstOffset = from;
  while (starts.length > 2) {
    const next: number[] = [];
    for (let r = 0; r + 1 < starts.length; r += 2) {
      const lo = starts[r]!, mid = starts[r + 1]!, hi = r + 2 < starts.length ? starts[r + 2]! : mid;
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        const x = src[i - srcOffset]!, y = src[j - srcOffset]!;
        if (x <= y) {
          dst[k++ - dstOffset] = x;
          i++;
        } else {
          dst[k++ - dstOffset] = y;
          j++;
        }
      }
      while (i < mid) dst[k++ - dstOffset] = src[i++ - srcOffset]!;
      while (j < hi) dst[k++ - dstOffset] = src[j++ - srcOffset]!;
      next.push(lo);
    }
    next.push(to);
    [src, dst] = [dst, src];
    [srcOffset, dstOffset] = [dstOffset, srcOffset];
    starts.length = 0;
    starts.push(...next);
  }
  if (src !== values) values.set(src.subarray(0, to - from), from);
}

/** Copies group `g` of `from` into group `s` of `to` (every column but the exact values). */
function copyGroup(from: PeriodAggregateColumns, g: number, to: Columns, s: number): void {
  to.records[s] = from.records[g]!;
  to.count[s] = from.count[g]!;
  to.sum[s] = from.sum[g]!;
  to.min[s] = from.min[g]!;
  to.max[s] = from.max[g]!;
  to.mean[s] = from.mean[g]!;
  to.m2[s] = from.m2[g]!;
  if (to.numeratorSum !== null) {
    to.numeratorSum[s] = from.numeratorSum![g]!;
    to.denominatorSum![s] = from.denominatorSum![g]!;
    to.ratioRecords![s] = from.ratioRecords![g]!;
    to.zeroDenominators![s] = from.zeroDenominators![g]!;
    to.ratioSum![s] = from.ratioSum![g]!;
  }
  if (to.weightSum !== null) {
    to.weightSum[s] = from.weightSum![g]!;
    to.weightedSum![s] = from.weightedSum![g]!;
  }
  if (to.firstAt !== null) {
    to.firstAt[s] = from.firstAt![g]!;
    to.firstValue![s] = from.firstValue![g]!;
    to.lastAt![s] = from.lastAt![g]!;
    to.lastValue![s] = from.lastValue![g]!;
  }
  if (to.statuses !== null) for (let j = 0; j < 3; j++) to.statuses[3 * s + j] = from.statuses![3 * g + j]!;
  if (to.sketches !== null) to.sketches[s] = from.sketches![g]!;
  if (to.surveys !== null) to.surveys[s] = from.surveys![g]!;
}

/** Whether group `g` is the empty partial that `mergePartials` passes over. */
function isEmpty(c: Columns, g: number, keepsValues: boolean): boolean {
  return (
    c.records[g] === 0 && c.count[g] === 0 && !keepsValues && (c.sketches === null || c.sketches[g] === null) &&
    (c.surveys === null || c.surveys[g] === null) && (c.ratioRecords === null || c.ratioRecords[g] === 0)
  );
}

/**
 * Merges group `b` into group `a` of the same columns exactly as `mergePartials(a, b)` does (the exact values are
 * pooled elsewhere).
 */
function mergeGroup(c: Columns, a: number, b: number, keepsValues: boolean, keepsFirstLast: boolean): void {
  if (isEmpty(c, b, keepsValues)) return;
  if (isEmpty(c, a, keepsValues)) {
    copyGroup(c, b, c, a);
    return;
  }
  const aCount = c.count[a]!, bCount = c.count[b]!;
  const mean = mergedMean(aCount, c.mean[a]!, bCount, c.mean[b]!);
  const m2 = mergedM2(aCount, c.mean[a]!, c.m2[a]!, bCount, c.mean[b]!, c.m2[b]!);
  const sum = c.sum[a]! + c.sum[b]!;
  const numeratorSum = c.numeratorSum === null ? 0 : c.numeratorSum[a]! + c.numeratorSum[b]!;
  const denominatorSum = c.denominatorSum === null ? 0 : c.denominatorSum[a]! + c.denominatorSum[b]!;
  const weightSum = c.weightSum === null ? 0 : c.weightSum[a]! + c.weightSum[b]!;
  const weightedSum = c.weightedSum === null ? 0 : c.weightedSum[a]! + c.weightedSum[b]!;
  const field = overflowedField(sum, m2, mean, numeratorSum, denominatorSum, weightSum, weightedSum);
  if (field !== null) {
    throw new KpiError("overflow", `rollUpScopes: the merged ${field} leaves the range of a double (docs/conventions.md#overflow)`, {
      path: [field],
    });
  }
  if (c.sketches !== null) c.sketches[a] = mergedSketch(c.sketches[a]!, aCount, c.sketches[b]!, bCount);
  if (c.surveys !== null) c.surveys[a] = mergeSurveyTallies(c.surveys[a]!, c.surveys[b]!);
  if (keepsFirstLast && c.firstAt !== null && bCount > 0) {
    // b has a first and a last (bCount > 0); a has none when it has no values.
    const fa = c.firstAt, fv = c.firstValue!, la = c.lastAt!, lv = c.lastValue!;
    if (takesEnd(aCount === 0 ? null : fa[a]!, fv[a]!, fa[b]!, fv[b]!, -1)) {
      fa[a] = fa[b]!;
      fv[a] = fv[b]!;
    }
    if (takesEnd(aCount === 0 ? null : la[a]!, lv[a]!, la[b]!, lv[b]!, 1)) {
      la[a] = la[b]!;
      lv[a] = lv[b]!;
    }
  }
  if (c.ratioRecords !== null) {
    if (c.ratioRecords[a] === 0) {
      c.ratioRecords[a] = c.ratioRecords[b]!;
      c.zeroDenominators![a] = c.zeroDenominators![b]!;
      c.ratioSum![a] = c.ratioSum![b]!;
    } else if (c.ratioRecords[b] !== 0) {
      c.ratioRecords[a] = c.ratioRecords[a]! + c.ratioRecords[b]!;
      c.zeroDenominators![a] = c.zeroDenominators![a]! + c.zeroDenominators![b]!;
      c.ratioSum![a] = c.ratioSum![a]! + c.ratioSum![b]!;
    }
    c.numeratorSum![a] = numeratorSum;
    c.denominatorSum![a] = denominatorSum;
  }
  if (c.weightSum !== null) {
    c.weightSum[a] = weightSum;
    c.weightedSum![a] = weightedSum;
  }
  if (c.statuses !== null) for (let j = 0; j < 3; j++) c.statuses[3 * a + j] = c.statuses[3 * a + j]! + c.statuses[3 * b + j]!;
  c.min[a] = aCount === 0 ? c.min[b]! : bCount === 0 ? c.min[a]! : Math.min(c.min[a]!, c.min[b]!);
  c.max[a] = aCount === 0 ? c.max[b]! : bCount === 0 ? c.max[a]! : Math.max(c.max[a]!, c.max[b]!);
  c.records[a] = c.records[a]! + c.records[b]!;
  c.count[a] = aCount + bCount;
  c.sum[a] = sum;
  c.mean[a] = mean;
  c.m2[a] = m2;
}

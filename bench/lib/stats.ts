/** Medians and percentiles over repeated runs, and the result rows the report prints. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: p95 of 200 samples is the 190th, an observed value.
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

export function summarize(values: readonly number[]): Summary {
  return { median: median(values), p95: p95(values), n: values.length };
}

export type Budget =
  | { kind: 'ratio-max'; value: number; on: 'median' | 'p95' }
  | { kind: 'ratio-min'; value: number; on: 'median' | 'p95' }
  | { kind: 'abs-max'; value: number; on: 'median' | 'p95' };

export interface ResultRow {
  id: string;
  metric: string;
  unit: string;
  /** null: not measured (see note). */
  value: Summary | null;
  baseline?: { label: string; value: Summary } | null;
  budget?: Budget;
  /** 'higher' when a bigger value is better (throughput). */
  better?: 'lower' | 'higher';
  note?: string;
}

export interface EvaluatedRow extends ResultRow {
  ratio: number | null;
  pass: boolean | null;
}

export function evaluate(row: ResultRow): EvaluatedRow {
  if (!row.value) return { ...row, ratio: null, pass: null };
  const on = row.budget?.on ?? 'median';
  const base = row.baseline?.value;
  const ratio = base ? row.value[on] / base[on] : null;
  let pass: boolean | null = null;
  if (row.budget) {
    if (row.budget.kind === 'abs-max') pass = row.value[on] <= row.budget.value;
    else if (ratio === null) pass = null;
    else if (row.budget.kind === 'ratio-max') pass = ratio <= row.budget.value;
    else pass = ratio >= row.budget.value;
  }
  return { ...row, ratio, pass };
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns milliseconds per run. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

export function formatBudget(budget: Budget | undefined, unit: string): string {
  if (!budget) return '—';
  const on = budget.on === 'p95' ? ' (p95)' : ' (median)';
  if (budget.kind === 'abs-max') return `≤ ${budget.value} ${unit}${on}`;
  if (budget.kind === 'ratio-max') return `≤ ${budget.value}×${on}`;
  return `≥ ${budget.value}×${on}`;
}

function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

export function formatTable(rows: readonly EvaluatedRow[]): string {
  const header = [
    'metric',
    'median',
    'p95',
    'baseline (median / p95)',
    'ratio',
    'budget',
    'result',
  ];
  const lines = rows.map((r) => [
    r.metric,
    r.value ? `${fmt(r.value.median)} ${r.unit}` : 'not measured',
    r.value ? `${fmt(r.value.p95)} ${r.unit}` : '—',
    r.baseline ? `${fmt(r.baseline.value.median)} / ${fmt(r.baseline.value.p95)} ${r.unit}` : '—',
    r.ratio === null ? '—' : `${fmt(r.ratio)}×`,
    formatBudget(r.budget, r.unit),
    r.pass === null ? (r.value ? 'info' : 'NOT MEASURED') : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...lines.map((l) => (l[i] as string).length)),
  );
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  const out = [row(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(row)];
  const notes = rows.filter((r) => r.note).map((r) => `  * ${r.metric}: ${r.note}`);
  return [...out, ...(notes.length ? ['', 'Notes:', ...notes] : [])].join('\n');
}

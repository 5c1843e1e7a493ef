// The data of a chart option as a table ("Voir le tableau"): one row per category of the category axis,
// one column per series. Options come from the server as plain JSON.
export type ChartTable = { categoryHeader: string; columns: string[]; rows: { category: string; values: (number | null)[] }[] };

type Axis = { type?: string; data?: unknown[]; name?: string };
type Series = { name?: string; data?: unknown[] };

const asArray = <T>(value: unknown): T[] =>
  Array.isArray(value) ? (value as T[]) : value && typeof value === 'object' ? [value as T] : [];

function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return toNumber(value[value.length - 1]);
  if (value && typeof value === 'object' && 'value' in value) return toNumber((value as { value: unknown }).value);
  return null;
}

export function chartToTable(option: Record<string, unknown>): ChartTable {
  const axes = [...asArray<Axis>(option.yAxis), ...asArray<Axis>(option.xAxis)];
  const categoryAxis = axes.find((axis) => axis.type === 'category' && Array.isArray(axis.data));
  const categories = (categoryAxis?.data ?? []).map((c) =>
    c && typeof c === 'object' && 'value' in c ? String((c as { value: unknown }).value) : String(c),
  );
  const series = asArray<Series>(option.series);
  return {
    categoryHeader: categoryAxis?.name ?? '',
    columns: series.map((s, i) => s.name ?? String(i + 1)),
    rows: categories.map((category, i) => ({ category, values: series.map((s) => toNumber(s.data?.[i])) })),
  };
}

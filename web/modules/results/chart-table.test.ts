import { describe, expect, it } from 'vitest';
import { chartToTable } from './chart-table';

describe('chartToTable', () => {
  it('reads a horizontal stacked bar chart: categories on the y axis, one column per series', () => {
    const table = chartToTable({
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: ['T2 2023', 'T2 2024'] },
      series: [
        { type: 'bar', name: 'Atteint', data: [1, 2] },
        { type: 'bar', name: 'Critique', data: [null, { value: 3 }] },
      ],
    });
    expect(table.columns).toEqual(['Atteint', 'Critique']);
    expect(table.rows).toEqual([
      { category: 'T2 2023', values: [1, null] },
      { category: 'T2 2024', values: [2, 3] },
    ]);
  });

  it('reads a vertical bar chart and tolerates a series without data', () => {
    const table = chartToTable({
      xAxis: { type: 'category', data: ['017', '018'] },
      yAxis: { type: 'value' },
      series: [{ name: 'Physique', data: [40.5, 60] }, { name: 'Vide' }],
    });
    expect(table.rows).toEqual([
      { category: '017', values: [40.5, null] },
      { category: '018', values: [60, null] },
    ]);
  });
});

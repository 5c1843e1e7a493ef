// Renders an ECharts option to SVG on the server (ECharts SSR): the same drawing as in the browser.
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

export function renderChartSvg(option: EChartsOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

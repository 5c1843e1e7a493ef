// Draws the organisation chart server-side: ECharts (SSR, SVG) for the drawing, pdfmake to wrap it in a PDF.
import { createRequire } from 'node:module';
import path from 'node:path';
import * as echarts from 'echarts';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

export type ChartPost = { title: string; holderNames: string[]; isActing: boolean };
export type ChartNode = {
  id: string;
  name: string;
  acronym: string | null;
  isAttached: boolean;
  posts: ChartPost[];
  children: ChartNode[];
};
export type ChartInput = { title: string; subtitle: string; roots: ChartNode[] };

const FONT = 'Roboto, Arial, sans-serif';
const LINE_HEIGHT = 14;
const COLUMN_WIDTH = 420;
const MAX_POSTS_SHOWN = 8;
const MARGIN = 200; // half a label, left of the root and right of the leaves

// ECharts rich text: {style|text}; braces and pipes in names would break it.
const clean = (text: string) => text.replace(/[{}|]/g, ' ').trim();
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function labelLines(node: ChartNode): string[] {
  const title = node.acronym ? `${node.name} (${node.acronym})` : node.name;
  const lines = [`{name|${clean(truncate(title, 60))}}`];
  if (node.isAttached) lines.push('{note|rattachée}');
  for (const post of node.posts.slice(0, MAX_POSTS_SHOWN)) {
    const who = post.holderNames.length > 0 ? post.holderNames.join(', ') : 'vacant';
    lines.push(`{post|${clean(truncate(post.title, 42))} : }{${post.isActing ? 'acting' : 'holder'}|${clean(truncate(who, 30))}}`);
  }
  if (node.posts.length > MAX_POSTS_SHOWN) lines.push(`{note|+ ${node.posts.length - MAX_POSTS_SHOWN} autre(s) poste(s)}`);
  return lines;
}

type TreeDatum = { name: string; label: { formatter: string }; lineStyle?: { type: 'dashed' }; children: TreeDatum[] };

function toDatum(node: ChartNode): TreeDatum {
  return {
    name: node.id,
    label: { formatter: labelLines(node).join('\n') },
    ...(node.isAttached ? { lineStyle: { type: 'dashed' as const } } : {}),
    children: node.children.map(toDatum),
  };
}

// Size from the shape of the tree so ~60 structures stay readable: one column per level, and enough height
// for the tallest label between neighbouring leaves. ECharts spaces leaves one unit apart under the same
// parent and two units apart otherwise, so the height follows that span, not just the number of leaves.
export function measureChart(input: ChartInput) {
  let depth = 0;
  let tallest = 1;
  let span = 0;
  let previousParent: ChartNode | null | undefined = undefined;
  const walk = (node: ChartNode, parent: ChartNode | null, level: number) => {
    depth = Math.max(depth, level);
    tallest = Math.max(tallest, labelLines(node).length);
    if (node.children.length === 0) {
      if (previousParent !== undefined) span += previousParent === parent ? 1 : 2;
      previousParent = parent;
    }
    node.children.forEach((c) => walk(c, node, level + 1));
  };
  input.roots.forEach((r) => walk(r, null, 1));
  const slot = tallest * LINE_HEIGHT + 18;
  return {
    width: Math.max(800, depth * COLUMN_WIDTH + 2 * MARGIN),
    height: Math.max(500, (span + 1) * slot + 120),
    top: 70 + slot,
  };
}

export function renderChartToSvg(input: ChartInput): { svg: string; width: number; height: number } {
  const { width, height, top } = measureChart(input);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT },
      title: {
        text: input.title,
        subtext: input.subtitle,
        left: 16,
        top: 10,
        textStyle: { fontSize: 18, fontFamily: FONT, color: '#1f2937' },
        subtextStyle: { fontSize: 12, fontFamily: FONT, color: '#4b5563' },
      },
      series: [
        {
          type: 'tree',
          orient: 'LR',
          left: MARGIN,
          right: MARGIN,
          top,
          edgeShape: 'polyline', // right angles between columns: edges never cross the labels
          bottom: 30,
          symbol: 'circle',
          symbolSize: 8,
          expandAndCollapse: false,
          initialTreeDepth: -1,
          lineStyle: { color: '#9ca3af', width: 1.2 },
          itemStyle: { color: '#1d4ed8', borderColor: '#1d4ed8' },
          // labels above their node, centred: edges leave and enter nodes sideways, below the text
          label: {
            position: 'top',
            distance: 6,
            verticalAlign: 'bottom',
            align: 'center',
            textBorderWidth: 0, // svg-to-pdfkit ignores paint-order: a border would hide the text in the PDF
            fontFamily: FONT,
            lineHeight: LINE_HEIGHT,
            rich: {
              name: { fontWeight: 'bold', fontSize: 12, color: '#111827', lineHeight: LINE_HEIGHT + 2, fontFamily: FONT },
              post: { fontSize: 10, color: '#374151', lineHeight: LINE_HEIGHT, fontFamily: FONT },
              holder: { fontSize: 10, color: '#065f46', lineHeight: LINE_HEIGHT, fontFamily: FONT },
              acting: { fontSize: 10, color: '#92400e', fontStyle: 'italic', lineHeight: LINE_HEIGHT, fontFamily: FONT },
              note: { fontSize: 9, color: '#6b7280', fontStyle: 'italic', lineHeight: LINE_HEIGHT, fontFamily: FONT },
            },
          },
          data: [
            {
              name: 'root',
              label: { formatter: `{name|${clean(input.title)}}` },
              children: input.roots.map(toDatum),
            },
          ],
        },
      ],
    });
    return { svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}

const require = createRequire(import.meta.url);
const fontsDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
let isPdfmakeReady = false;

// pdfmake reads fonts from disk: allow that folder only, and no URL at all.
function preparePdfmake() {
  if (isPdfmakeReady) return;
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fontsDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontsDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontsDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontsDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontsDir + path.sep));
  isPdfmakeReady = true;
}

// One page the size of the drawing (PDF pages stop at 14,400 pt: bigger charts are scaled down to fit).
export async function renderChartToPdf(input: ChartInput): Promise<Buffer> {
  preparePdfmake();
  const { svg, width, height } = renderChartToSvg(input);
  const margin = 24;
  const scale = Math.min(0.75, (14400 - 2 * margin) / width, (14400 - 2 * margin) / height); // px → pt
  const doc: TDocumentDefinitions = {
    pageSize: { width: width * scale + 2 * margin, height: height * scale + 2 * margin },
    pageMargins: margin,
    info: { title: input.title, subject: input.subtitle, creator: 'Pilotage' },
    content: [{ svg, width: width * scale, height: height * scale }],
    defaultStyle: { font: 'Roboto' },
  };
  return pdfmake.createPdf(doc).getBuffer();
}

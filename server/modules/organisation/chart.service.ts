// The organisation chart (organigramme) of an administration on a date, as SVG or PDF.
import type { Database } from '../../platform/db/client.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import type { TTree } from './organisation.contract.js';
import { renderChartToPdf, renderChartToSvg, type ChartInput, type ChartNode } from './chart-render.js';
import { unknownReference } from './references.service.js';
import { getTree } from './tree.service.js';

export type ChartQuery = { rootStructureId?: string; date?: string };

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

// Authority links make the tree; a structure only attached to another (rattachée) hangs under it, dashed.
export function buildChartInput(tree: TTree, rootStructureId?: string): ChartInput {
  const postsByStructure = new Map<string, TTree['posts']>();
  for (const post of tree.posts) {
    const list = postsByStructure.get(post.structureId) ?? [];
    list.push(post);
    postsByStructure.set(post.structureId, list);
  }
  const childrenOf = new Map<string, TTree['structures']>();
  for (const s of tree.structures) {
    const anchor = s.parentId ?? s.attachedToId;
    if (!anchor) continue;
    const list = childrenOf.get(anchor) ?? [];
    list.push(s);
    childrenOf.set(anchor, list);
  }
  const seen = new Set<string>();
  const toNode = (s: TTree['structures'][number]): ChartNode => {
    seen.add(s.id);
    return {
      id: s.id,
      name: s.name,
      acronym: s.acronym,
      isAttached: s.parentId === null && s.attachedToId !== null,
      posts: (postsByStructure.get(s.id) ?? []).map((p) => {
        const isActing = p.holders.length === 0 && p.acting.length > 0;
        return { title: p.title, holderNames: (isActing ? p.acting : p.holders).map((h) => h.fullName), isActing };
      }),
      children: (childrenOf.get(s.id) ?? []).filter((c) => !seen.has(c.id)).map(toNode),
    };
  };
  const roots = rootStructureId
    ? tree.structures.filter((s) => s.id === rootStructureId)
    : tree.structures.filter((s) => s.parentId === null && s.attachedToId === null);

  const head = tree.posts.find((p) => p.function === 'head');
  const headName = head?.holders[0]?.fullName ?? head?.acting[0]?.fullName;
  return {
    title: head ? (headName ? `${head.title} — ${headName}` : head.title) : 'Organigramme',
    subtitle: `Organigramme au ${frenchDate(tree.date)}`,
    roots: roots.map(toNode),
  };
}

async function loadChartInput(db: Database, access: Access, query: ChartQuery) {
  assertCan(access, 'organisation.read');
  const tree = await getTree(db, access, query.date ?? todayIso());
  if (query.rootStructureId && !tree.structures.some((s) => s.id === query.rootStructureId)) throw unknownReference('rootStructureId');
  return { input: buildChartInput(tree, query.rootStructureId), fileName: `organigramme-${tree.date}` };
}

export async function renderChartSvg(db: Database, access: Access, query: ChartQuery) {
  const { input, fileName } = await loadChartInput(db, access, query);
  return { svg: renderChartToSvg(input).svg, fileName };
}

export async function renderChartPdf(db: Database, access: Access, query: ChartQuery) {
  const { input, fileName } = await loadChartInput(db, access, query);
  return { pdf: await renderChartToPdf(input), fileName };
}

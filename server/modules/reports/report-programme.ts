// What a programme report (RAP, dialogue de gestion) adds to the snapshot, and its blocks: the programme's
// indicators with target and value, the past year beside the current year's first quarter (dialogue), the
// corrective actions and their status. Pure, like report-document.ts.
import type { Block } from '../../platform/documents/document.js';
import type { THeadDashboard } from '../dashboards/dashboards.contract.js';

export type ProgrammeRef = { id: string; code: string; title: string };

export type IndicatorFigure = {
  code: string;
  title: string;
  unit: string;
  target: number | null;
  value: number | null;
  rate: number | null;
  status: 'reached' | 'on_track' | 'behind' | 'critical' | 'no_data';
};

export type CorrectiveAction = {
  reference: string;
  kind: 'directive' | 'recommendation';
  text: string;
  lead: string;
  dueDate: string;
  status: 'not_started' | 'in_progress' | 'done' | 'blocked' | 'cancelled';
  progress: number;
  isOverdue: boolean;
  daysOverdue: number;
};

// The programme part of a snapshot: the programme, its indicators for the period, and for the dialogue de
// gestion the past year (N-1, annual) and the corrective actions of its dialogues.
export type ProgrammeScope = {
  programme: ProgrammeRef;
  indicators: IndicatorFigure[];
  pastYear: { period: { year: number; quarter: number }; dashboard: THeadDashboard; indicators: IndicatorFigure[] } | null;
  correctiveActions: { asOf: string; items: CorrectiveAction[] } | null;
};

export const statusLabels = {
  reached: 'Atteint',
  on_track: 'En bonne voie',
  behind: 'En retard',
  critical: 'Critique',
  no_data: 'Sans donnée',
};
const actionStatusLabels: Record<CorrectiveAction['status'], string> = {
  not_started: 'Non démarrée',
  in_progress: 'En cours',
  done: 'Exécutée',
  blocked: 'Bloquée',
  cancelled: 'Annulée',
};

export const programmeName = (p: Pick<ProgrammeRef, 'code' | 'title'>) => `Programme ${p.code} ${p.title}`;
const frenchDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

type Formatters = { number: (n: number | null, digits?: number) => string; rate: (n: number | null) => string };

export function indicatorTable(lines: IndicatorFigure[], f: Formatters): Block {
  return {
    kind: 'table',
    columns: [
      { title: 'Indicateur', width: 4 },
      { title: 'Unité', width: 1.2 },
      { title: 'Cible', width: 1 },
      { title: 'Réalisation', width: 1.2 },
      { title: 'Taux d’atteinte', width: 1.2 },
      { title: 'Niveau', width: 1.2 },
    ],
    rows: lines.map((l) => [
      `${l.code} ${l.title}`,
      l.unit,
      f.number(l.target, 2),
      f.number(l.value, 2),
      f.rate(l.rate),
      statusLabels[l.status],
    ]),
    emptyText: 'Aucun indicateur pour ce programme.',
  };
}

export function correctiveActionBlocks(scope: ProgrammeScope | null): Block[] {
  const actions = scope?.correctiveActions;
  if (!actions || actions.items.length === 0)
    return [
      { kind: 'paragraph', text: 'Aucune action corrective n’a été décidée en dialogue de gestion pour ce programme.', isItalic: true },
    ];
  const open = actions.items.filter((a) => ['not_started', 'in_progress', 'blocked'].includes(a.status)).length;
  const overdue = actions.items.filter((a) => a.isOverdue).length;
  const done = actions.items.filter((a) => a.status === 'done').length;
  return [
    {
      kind: 'paragraph',
      text: `Actions correctives décidées en dialogue de gestion (situation au ${frenchDate(actions.asOf)}) : ${actions.items.length}, dont ${done} exécutées, ${open} en cours et ${overdue} en retard.`,
    },
    {
      kind: 'table',
      columns: [
        { title: 'Référence', width: 1.3 },
        { title: 'Action corrective', width: 3.8 },
        { title: 'Responsable', width: 2.2 },
        { title: 'Échéance', width: 1.3 },
        { title: 'État', width: 1.6 },
        { title: 'Avancement', width: 1.5 },
      ],
      rows: actions.items.map((a) => [
        a.reference,
        a.text,
        a.lead,
        frenchDate(a.dueDate),
        a.isOverdue ? `${actionStatusLabels[a.status]}, en retard (${a.daysOverdue} j)` : actionStatusLabels[a.status],
        `${a.progress}\u00a0%`,
      ]),
    },
  ];
}

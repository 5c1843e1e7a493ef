// The five kinds of report and their defaults: the title, the period they cover and the sections they hold.
// An administration adjusts a kind (report_templates); what it leaves unset falls back to these.
import type { ReportKind, ReportSection } from './reports.tables.js';

export type KindDefinition = {
  title: string;
  // no quarter is asked: the year (for the dialogue de gestion, the year N: N-1 and the first quarter of N)
  isAnnual: boolean;
  // about one budget programme, named when the draft is created
  isProgrammeScoped: boolean;
  sections: ReportSection[];
  introduction: string;
};

const all: ReportSection[] = [
  'introduction',
  'key_figures',
  'programme_results',
  'execution',
  'reporting',
  'directives',
  'attention',
  'charts',
  'highlights',
  'difficulties',
  'outlook',
];

export const kindDefinitions: Record<ReportKind, KindDefinition> = {
  cabinet_quarterly: {
    title: 'Rapport trimestriel du Cabinet',
    isAnnual: false,
    isProgrammeScoped: false,
    sections: all,
    introduction:
      'Le présent rapport rend compte des résultats obtenus au cours du trimestre, de l’exécution du plan de travail et du suivi des directives.',
  },
  cabinet_annual: {
    title: 'Rapport annuel du Cabinet',
    isAnnual: true,
    isProgrammeScoped: false,
    sections: all,
    introduction:
      'Le présent rapport dresse le bilan de l’année : résultats obtenus, exécution du plan de travail annuel et suivi des directives.',
  },
  chief_of_staff_quarterly: {
    title: 'Rapport trimestriel d’activités du Directeur de Cabinet',
    isAnnual: false,
    isProgrammeScoped: false,
    sections: ['introduction', 'key_figures', 'directives', 'attention', 'highlights', 'difficulties', 'outlook'],
    introduction: 'Le présent rapport rend compte des activités du Cabinet au cours du trimestre et du suivi des directives du Chef.',
  },
  programme_annual_performance: {
    title: 'Rapport annuel de performance',
    isAnnual: true,
    isProgrammeScoped: true,
    sections: ['introduction', 'key_figures', 'programme_results', 'execution', 'charts', 'difficulties', 'outlook'],
    introduction: 'Le rapport annuel de performance présente les résultats atteints par le programme au regard des cibles fixées.',
  },
  management_dialogue: {
    title: 'Rapport de dialogue de gestion',
    isAnnual: true,
    isProgrammeScoped: true,
    sections: [
      'introduction',
      'programme_results',
      'execution',
      'corrective_actions',
      'reporting',
      'attention',
      'charts',
      'difficulties',
      'outlook',
    ],
    introduction:
      'Le présent rapport prépare le dialogue de gestion du programme : performance de l’année écoulée et du premier trimestre de l’année en cours, exécution, actions correctives et leur état.',
  },
};

export const sectionTitles: Record<ReportSection, string> = {
  introduction: 'Introduction',
  key_figures: 'Chiffres clés',
  programme_results: 'Résultats par programme au regard des cibles',
  execution: 'Exécution du plan de travail',
  reporting: 'Rapportage des structures',
  directives: 'Suivi des directives',
  corrective_actions: 'Actions correctives et leur état',
  attention: 'Indicateurs appelant une attention particulière',
  charts: 'Graphiques',
  highlights: 'Faits marquants',
  difficulties: 'Difficultés rencontrées',
  outlook: 'Perspectives',
};

export function periodLabel(year: number, quarter: number | null, kind?: ReportKind): string {
  // the dialogue de gestion of year N looks back on N-1 and on the first quarter of N
  if (kind === 'management_dialogue') return `Année ${year - 1} et premier trimestre ${year} (T1 ${year})`;
  if (quarter === null) return `Année ${year}`;
  const ordinal = ['premier', 'deuxième', 'troisième', 'quatrième'][quarter - 1];
  return `${ordinal} trimestre ${year} (T${quarter} ${year})`;
}

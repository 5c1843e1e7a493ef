// The sheets of the results framework workbook: plans and their chain, programmes, annual plans and
// activities, indicators and targets. French labels, as users read them; rows refer to each other by code.
import type { SheetSpec } from './workbook.js';

export const programmeKindLabels = { opérationnel: 'operational', support: 'support' } as const;
export const levelLabels = { impact: 'impact', effet: 'outcome', produit: 'output' } as const;
export const directionLabels = { hausse: 'higher_is_better', baisse: 'lower_is_better' } as const;
export const periodicityLabels = { trimestrielle: 'quarterly', annuelle: 'annual' } as const;
export const aggregationLabels = { somme: 'sum', 'dernière valeur': 'last', moyenne: 'mean' } as const;

// the French label of a value, for the export
export const labelOf = <T extends string>(labels: Record<string, T>, value: T) => Object.entries(labels).find(([, v]) => v === value)![0];

const structureHelp = 'Sigle (ex. DPP) ou nom complet de la structure, tels qu’ils figurent dans l’organigramme de Pilotage.';

export const frameworkSheets = {
  plans: {
    name: 'Plans stratégiques',
    description: 'Un plan stratégique par ligne (trois ans en général). La clé sert seulement à y rattacher les axes dans ce classeur.',
    columns: [
      { key: 'key', header: 'Clé', required: true, width: 10, help: 'Repère libre et unique dans le classeur (ex. PS1).' },
      {
        key: 'title',
        header: 'Intitulé',
        required: true,
        width: 50,
        help: 'Intitulé du plan ; un plan existant de même intitulé et même année de début est mis à jour.',
      },
      { key: 'startYear', header: 'Année de début', required: true, help: 'Année entière, ex. 2023.' },
      { key: 'endYear', header: 'Année de fin', required: true, help: 'Au plus tôt l’année de début, dix ans au plus.' },
      {
        key: 'referencePlan',
        header: 'Plan de référence',
        width: 40,
        help: 'PAG pour un ministère, PDM pour une commune, avec sa période.',
      },
      { key: 'description', header: 'Description', width: 50, help: 'Texte libre.' },
    ],
  },
  axes: {
    name: 'Axes',
    description: 'Les axes stratégiques de chaque plan.',
    columns: [
      { key: 'plan', header: 'Plan (clé)', required: true, help: 'Clé du plan dans la feuille « Plans stratégiques ».' },
      { key: 'code', header: 'Code', required: true, help: 'Unique dans le plan (ex. A1).' },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé de l’axe.' },
    ],
  },
  objectives: {
    name: 'Objectifs',
    description: 'Les objectifs stratégiques, chacun sous un axe.',
    columns: [
      { key: 'plan', header: 'Plan (clé)', required: true, help: 'Clé du plan.' },
      { key: 'axis', header: 'Axe (code)', required: true, help: 'Code de l’axe dans ce plan.' },
      { key: 'code', header: 'Code', required: true, help: 'Unique dans le plan (ex. OS1.1).' },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé de l’objectif.' },
    ],
  },
  results: {
    name: 'Résultats attendus',
    description: 'Les résultats attendus, chacun sous un objectif.',
    columns: [
      { key: 'plan', header: 'Plan (clé)', required: true, help: 'Clé du plan.' },
      { key: 'objective', header: 'Objectif (code)', required: true, help: 'Code de l’objectif dans ce plan.' },
      { key: 'code', header: 'Code', required: true, help: 'Unique dans le plan (ex. R1.1.1).' },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé du résultat attendu.' },
    ],
  },
  programmes: {
    name: 'Programmes',
    description: 'Les programmes budgétaires (ex. 017, 018, programme support 159).',
    columns: [
      { key: 'code', header: 'Code', required: true, help: 'Code du programme, unique (ex. 017).' },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé du programme.' },
      { key: 'kind', header: 'Type', required: true, help: 'opérationnel ou support.' },
      { key: 'objective', header: 'Objectif', width: 40, help: 'Objectif du programme, texte libre.' },
      {
        key: 'manager',
        header: 'Poste du responsable',
        width: 40,
        help: 'Intitulé exact du poste du responsable de programme dans l’organigramme (facultatif).',
      },
    ],
  },
  actions: {
    name: 'Actions',
    description: 'Les actions de chaque programme.',
    columns: [
      { key: 'programme', header: 'Programme (code)', required: true, help: 'Code du programme.' },
      { key: 'code', header: 'Code', required: true, help: 'Unique dans le programme (ex. 01).' },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé de l’action.' },
    ],
  },
  operationalPlans: {
    name: 'Plans annuels',
    description: 'Les plans de travail annuels (un par année).',
    columns: [
      { key: 'year', header: 'Année', required: true, help: 'Année du plan, unique.' },
      { key: 'title', header: 'Intitulé', required: true, width: 40, help: 'Ex. Plan de travail annuel 2024.' },
      { key: 'plan', header: 'Plan stratégique (clé)', help: 'Clé du plan stratégique qu’il décline (facultatif).' },
    ],
  },
  activities: {
    name: 'Activités',
    description: 'Les activités des plans annuels, chacune sous une action, avec sa programmation trimestrielle et son budget.',
    columns: [
      { key: 'year', header: 'Année', required: true, help: 'Année du plan annuel (feuille « Plans annuels » ou déjà dans Pilotage).' },
      { key: 'programme', header: 'Programme (code)', required: true, help: 'Code du programme.' },
      { key: 'action', header: 'Action (code)', required: true, help: 'Code de l’action dans ce programme.' },
      { key: 'code', header: 'Code', required: true, help: 'Unique dans le plan annuel.' },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé de l’activité.' },
      { key: 'structure', header: 'Structure responsable', required: true, width: 30, help: structureHelp },
      { key: 'quarters', header: 'Trimestres', required: true, help: 'Trimestres d’exécution séparés par des virgules, ex. 1,2,3.' },
      { key: 'weight', header: 'Poids', help: 'Poids dans le calcul de l’exécution physique (1 par défaut).' },
      { key: 'budget', header: 'Budget alloué', help: 'Montant alloué pour l’année, dans la monnaie de l’administration (0 par défaut).' },
    ],
  },
  indicators: {
    name: 'Indicateurs',
    description: 'Les indicateurs de performance, ce qu’ils mesurent dans la chaîne de résultats et leurs règles de saisie.',
    columns: [
      {
        key: 'code',
        header: 'Code',
        required: true,
        help: 'Code unique de l’indicateur ; un indicateur existant de même code est mis à jour.',
      },
      { key: 'title', header: 'Intitulé', required: true, width: 50, help: 'Intitulé de l’indicateur.' },
      { key: 'definition', header: 'Définition', width: 40, help: 'Mode de calcul, texte libre.' },
      { key: 'unit', header: 'Unité', required: true, help: 'Ex. %, jours, nombre.' },
      { key: 'level', header: 'Niveau', required: true, help: 'impact, effet ou produit.' },
      { key: 'direction', header: 'Sens', required: true, help: 'hausse (plus c’est haut, mieux c’est) ou baisse.' },
      { key: 'periodicity', header: 'Périodicité', required: true, help: 'trimestrielle ou annuelle.' },
      {
        key: 'aggregation',
        header: 'Agrégation',
        required: true,
        help: 'Cumul de l’année : somme (un nombre), dernière valeur (un stock) ou moyenne (un taux).',
      },
      { key: 'isPercentage', header: 'Pourcentage', help: 'oui si la valeur est un pourcentage (entre 0 et 100) ; non par défaut.' },
      { key: 'baselineValue', header: 'Valeur de référence', help: 'Situation de référence (facultatif).' },
      { key: 'baselineYear', header: 'Année de référence', help: 'Année de la valeur de référence.' },
      { key: 'minValue', header: 'Minimum', help: 'Plus petite valeur admise (facultatif).' },
      { key: 'maxValue', header: 'Maximum', help: 'Plus grande valeur admise (facultatif).' },
      {
        key: 'maxChangePercent',
        header: 'Variation max (%)',
        help: 'Au-delà de cette variation par rapport à la période précédente, un commentaire est exigé.',
      },
      { key: 'dataSource', header: 'Source des données', width: 30, help: 'D’où vient la valeur.' },
      { key: 'structure', header: 'Structure responsable', required: true, width: 30, help: structureHelp },
      { key: 'plan', header: 'Plan (clé)', help: 'Clé du plan du résultat attendu mesuré.' },
      { key: 'result', header: 'Résultat attendu (code)', help: 'Code du résultat attendu dans ce plan (facultatif).' },
      { key: 'programme', header: 'Programme (code)', help: 'Programme mesuré (facultatif).' },
      { key: 'action', header: 'Action (code)', help: 'Action du programme mesurée (facultatif ; le programme est alors obligatoire).' },
      { key: 'isActive', header: 'Actif', help: 'non pour ne plus le suivre ; oui par défaut.' },
    ],
  },
  targets: {
    name: 'Cibles',
    description: 'Les cibles de chaque indicateur par année (trimestre 0) et par trimestre (1 à 4).',
    columns: [
      { key: 'indicator', header: 'Indicateur (code)', required: true, help: 'Code de l’indicateur.' },
      { key: 'year', header: 'Année', required: true, help: 'Année de la cible.' },
      {
        key: 'quarter',
        header: 'Trimestre',
        required: true,
        help: '0 pour la cible de l’année, 1 à 4 pour un trimestre (indicateurs trimestriels).',
      },
      { key: 'value', header: 'Valeur', required: true, help: 'Valeur cible (entre 0 et 100 pour un pourcentage).' },
    ],
  },
} satisfies Record<string, SheetSpec>;

export type FrameworkSheetId = keyof typeof frameworkSheets;
export const frameworkSheetOrder: FrameworkSheetId[] = [
  'plans',
  'axes',
  'objectives',
  'results',
  'programmes',
  'actions',
  'operationalPlans',
  'activities',
  'indicators',
  'targets',
];

export const frameworkRules = [
  'Ce classeur décrit le cadre de résultats de l’administration : plans stratégiques, axes, objectifs, résultats attendus, programmes, actions, plans annuels, activités, indicateurs et cibles.',
  'Remplissez une feuille par type d’élément, sans changer les en-têtes (la casse et les accents ne comptent pas). Les lignes vides sont ignorées.',
  'Les lignes se rattachent les unes aux autres par leurs codes (et, pour les plans stratégiques, par leur clé). Un élément déjà présent dans Pilotage avec le même code est mis à jour ; sinon il est créé. L’import ne supprime jamais rien.',
  'Chaque ligne est vérifiée avant tout enregistrement : si une seule ligne est refusée, rien n’est importé et la liste des lignes refusées (feuille, ligne, colonne, motif) est renvoyée.',
  'Les colonnes marquées « oui » dans la colonne Obligatoire doivent être remplies. Les nombres s’écrivent avec une virgule ou un point décimal.',
];

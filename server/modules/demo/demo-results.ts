// Demo results framework (plain data; load-demo-results.ts turns keys into ids). The ministry's is shaped
// after seed 004 (the MINTSS performance framework: programmes 017, 018 and support programme 159, a
// strategic dialogue on 2023 and the first quarter of 2024); the town hall has a small PDM-based plan.
// Values are invented and plausible; some indicators are behind target on purpose.
import type { IndicatorAggregation, IndicatorDirection, IndicatorLevel, IndicatorPeriodicity } from '../indicators/indicators.tables.js';

// A yearly target, or four quarterly ones
export type DemoTarget = number | [number, number, number, number];
export type DemoIndicator = {
  code: string;
  title: string;
  unit: string;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  periodicity: IndicatorPeriodicity;
  aggregation: IndicatorAggregation;
  isPercentage?: boolean;
  baseline?: [value: number, year: number];
  maxChangePercent?: number;
  structureKey: string; // responsible structure, a key of demo-data.ts
  resultCode?: string; // expected result it measures
  action: string; // "programme code/action code"
  dataSource: string;
  targets: Record<number, DemoTarget>;
  // validated values by year: four quarters (null when not reported), or one yearly value
  values: Record<number, (number | null)[] | number>;
  // quarters first submitted after the deadline, e.g. ['2023-3']
  lateQuarters?: string[];
};
export type DemoActivity = {
  action: string;
  code: string;
  title: string;
  structureKey: string;
  quarters: number[];
  weight: number;
  budget: number; // allotted, per year
  pace: number; // reported physical progress as a share of the expected progress (1 = on schedule)
  spendPace: number; // spent as a share of the allotted budget times physical progress
};
export type DemoResults = {
  administrationCode: string;
  monitoringStructureKey: string;
  plan: { title: string; startYear: number; endYear: number; referencePlan: string; description: string };
  axes: { code: string; title: string; objectives: { code: string; title: string; results: { code: string; title: string }[] }[] }[];
  programmes: {
    code: string;
    title: string;
    kind: 'operational' | 'support';
    managerPostKey: string;
    objective: string;
    actions: { code: string; title: string }[];
  }[];
  years: number[]; // operational plans
  // the last quarter with reported progress and validated values, e.g. 2024 Q1
  reportedUntil: { year: number; quarter: number };
  activities: DemoActivity[];
  indicators: DemoIndicator[];
};

const q = (a: number, b: number, c: number, d: number): [number, number, number, number] => [a, b, c, d];

export const demoMinistryResults: DemoResults = {
  administrationCode: 'MIT',
  // Direction de la Programmation et de la Prospective: its focal points validate the data of the ministry
  monitoringStructureKey: 's-dpp',
  plan: {
    title: 'Plan stratégique 2023-2025 du Ministère',
    startYear: 2023,
    endYear: 2025,
    referencePlan: 'PAG 2021-2026, pilier 3 : améliorer les conditions de vie des populations',
    description: 'Promouvoir la sécurité sociale pour tous et le travail décent dans tous les secteurs d’activité.',
  },
  axes: [
    {
      code: 'A1',
      title: 'Protection sociale pour tous',
      objectives: [
        {
          code: 'OS1.1',
          title: 'Étendre la couverture de la sécurité sociale à l’économie informelle',
          results: [
            { code: 'R1.1.1', title: 'La couverture sociale des travailleurs est accrue' },
            { code: 'R1.1.2', title: 'Les prestations sociales sont servies dans les délais' },
          ],
        },
      ],
    },
    {
      code: 'A2',
      title: 'Travail décent',
      objectives: [
        {
          code: 'OS2.1',
          title: 'Promouvoir l’emploi décent, la sécurité au travail et le dialogue social',
          results: [
            { code: 'R2.1.1', title: 'Les conditions de travail sont contrôlées et améliorées' },
            { code: 'R2.1.2', title: 'Les conflits collectifs sont réglés par le dialogue' },
          ],
        },
      ],
    },
    {
      code: 'A3',
      title: 'Gouvernance et performance',
      objectives: [
        {
          code: 'OS3.1',
          title: 'Renforcer la gestion axée sur les résultats et la qualité du service',
          results: [
            { code: 'R3.1.1', title: 'Les outils de la chaîne de performance sont opérationnels' },
            { code: 'R3.1.2', title: 'Les ressources sont gérées avec efficience' },
          ],
        },
      ],
    },
  ],
  programmes: [
    {
      code: '017',
      title: 'Promotion de la sécurité sociale pour tous',
      kind: 'operational',
      managerPostKey: 'p-dtt',
      objective: 'Étendre la couverture sociale et améliorer la qualité des prestations',
      actions: [
        { code: '01', title: 'Extension de la couverture sociale' },
        { code: '02', title: 'Amélioration de la qualité des prestations' },
      ],
    },
    {
      code: '018',
      title: 'Promotion du travail décent',
      kind: 'operational',
      managerPostKey: 'p-dgi',
      objective: 'Améliorer les conditions de travail et promouvoir le dialogue social',
      actions: [
        { code: '01', title: 'Inspection et contrôle du travail' },
        { code: '02', title: 'Promotion de l’emploi décent' },
        { code: '03', title: 'Dialogue social et prévention des conflits' },
      ],
    },
    {
      code: '159',
      title: 'Gouvernance et appui institutionnel',
      kind: 'support',
      managerPostKey: 'p-sg',
      objective: 'Assurer le pilotage, la coordination et la gestion efficiente des ressources',
      actions: [
        { code: '01', title: 'Pilotage, coordination et suivi-évaluation' },
        { code: '02', title: 'Gestion des ressources humaines, financières et matérielles' },
      ],
    },
  ],
  years: [2023, 2024],
  reportedUntil: { year: 2024, quarter: 1 },
  activities: [
    {
      action: '017/01',
      code: 'A017-01-1',
      title: 'Campagnes d’immatriculation des travailleurs de l’économie informelle',
      structureKey: 's-dtt',
      quarters: [1, 2, 3, 4],
      weight: 3,
      budget: 85_000_000,
      pace: 0.9,
      spendPace: 0.95,
    },
    {
      action: '017/01',
      code: 'A017-01-2',
      title: 'Sensibilisation des artisans et commerçants à l’assurance volontaire',
      structureKey: 's-dpp',
      quarters: [2, 3],
      weight: 1,
      budget: 24_000_000,
      pace: 1,
      spendPace: 1,
    },
    {
      action: '017/02',
      code: 'A017-02-1',
      title: 'Dématérialisation de la liquidation des pensions',
      structureKey: 's-daf',
      quarters: [1, 2, 3, 4],
      weight: 2,
      budget: 120_000_000,
      pace: 0.55,
      spendPace: 1.2,
    },
    {
      action: '017/02',
      code: 'A017-02-2',
      title: 'Mise en place d’un guichet de traitement des réclamations',
      structureKey: 's-dpp-sse',
      quarters: [3, 4],
      weight: 1,
      budget: 18_000_000,
      pace: 0.8,
      spendPace: 0.9,
    },
    {
      action: '018/01',
      code: 'A018-01-1',
      title: 'Contrôles inopinés des établissements à risque',
      structureKey: 's-dgi',
      quarters: [1, 2, 3, 4],
      weight: 2,
      budget: 45_000_000,
      pace: 1.05,
      spendPace: 0.9,
    },
    {
      action: '018/01',
      code: 'A018-01-2',
      title: 'Formation des inspecteurs du travail à la santé et sécurité au travail',
      structureKey: 's-dgi-set',
      quarters: [2],
      weight: 1,
      budget: 12_000_000,
      pace: 1,
      spendPace: 1,
    },
    {
      action: '018/02',
      code: 'A018-02-1',
      title: 'Programme d’insertion des jeunes diplômés',
      structureKey: 's-agir',
      quarters: [1, 2, 3, 4],
      weight: 3,
      budget: 210_000_000,
      pace: 0.6,
      spendPace: 0.7,
    },
    {
      action: '018/03',
      code: 'A018-03-1',
      title: 'Sessions du Conseil national du dialogue social',
      structureKey: 's-dpp',
      quarters: [2, 4],
      weight: 1,
      budget: 30_000_000,
      pace: 1,
      spendPace: 0.85,
    },
    {
      action: '018/03',
      code: 'A018-03-2',
      title: 'Médiation des conflits collectifs dans les entreprises',
      structureKey: 's-dtt-srtt',
      quarters: [1, 2, 3, 4],
      weight: 1,
      budget: 9_000_000,
      pace: 0.75,
      spendPace: 0.8,
    },
    {
      action: '159/01',
      code: 'A159-01-1',
      title: 'Tenue des dialogues de gestion et revues trimestrielles',
      structureKey: 's-dpp',
      quarters: [1, 2, 3, 4],
      weight: 2,
      budget: 15_000_000,
      pace: 1,
      spendPace: 1,
    },
    {
      action: '159/01',
      code: 'A159-01-2',
      title: 'Élaboration de l’annuaire statistique du secteur',
      structureKey: 's-dpp-sps',
      quarters: [3, 4],
      weight: 1,
      budget: 20_000_000,
      pace: 0.5,
      spendPace: 0.6,
    },
    {
      action: '159/02',
      code: 'A159-02-1',
      title: 'Formation des cadres à la gestion axée sur les résultats',
      structureKey: 's-daf-srh',
      quarters: [1, 2],
      weight: 1,
      budget: 28_000_000,
      pace: 0.9,
      spendPace: 1,
    },
    {
      action: '159/02',
      code: 'A159-02-2',
      title: 'Acquisition d’équipements informatiques pour les directions',
      structureKey: 's-daf-srfm',
      quarters: [2, 3],
      weight: 2,
      budget: 150_000_000,
      pace: 0.7,
      spendPace: 1.1,
    },
  ],
  indicators: [
    // --- programme 017 ---
    {
      code: 'IND-017-01',
      title: 'Taux de couverture de la sécurité sociale des travailleurs',
      unit: '%',
      level: 'outcome',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'last',
      isPercentage: true,
      baseline: [18.5, 2022],
      maxChangePercent: 20,
      structureKey: 's-dpp',
      resultCode: 'R1.1.1',
      action: '017/01',
      dataSource: 'Fichier des assurés de la caisse de sécurité sociale',
      targets: { 2023: q(19, 19.5, 20, 21), 2024: q(21.5, 22, 23, 24), 2025: q(24.5, 25.5, 26, 27) },
      values: { 2023: [18.9, 19.2, 19.6, 20.1], 2024: [20.4, null, null, null] },
    },
    {
      code: 'IND-017-02',
      title: 'Nombre de nouveaux assurés volontaires immatriculés',
      unit: 'assurés',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      baseline: [7400, 2022],
      structureKey: 's-dtt',
      resultCode: 'R1.1.1',
      action: '017/01',
      dataSource: 'Registre des immatriculations',
      targets: { 2023: q(2500, 2500, 2500, 2500), 2024: q(3000, 3000, 3000, 3000), 2025: 13000 },
      values: { 2023: [2210, 2680, 2405, 2950], 2024: [2390, null, null, null] },
    },
    {
      code: 'IND-017-03',
      title: 'Délai moyen de liquidation des pensions',
      unit: 'jours',
      level: 'outcome',
      direction: 'lower_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      baseline: [95, 2022],
      maxChangePercent: 50,
      structureKey: 's-daf',
      resultCode: 'R1.1.2',
      action: '017/02',
      dataSource: 'Application de gestion des pensions',
      targets: { 2023: 75, 2024: 60, 2025: 45 },
      values: { 2023: [92, 88, 85, 81], 2024: [79, null, null, null] },
      lateQuarters: ['2023-2', '2024-1'],
    },
    {
      code: 'IND-017-04',
      title: 'Proportion des réclamations traitées dans les délais',
      unit: '%',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      isPercentage: true,
      baseline: [62, 2022],
      structureKey: 's-dpp-sse',
      resultCode: 'R1.1.2',
      action: '017/02',
      dataSource: 'Registre des réclamations',
      targets: { 2023: 75, 2024: 82, 2025: 90 },
      values: { 2023: [68, 71, 77, 80], 2024: [81, null, null, null] },
    },
    {
      code: 'IND-017-05',
      title: 'Nombre de campagnes de sensibilisation réalisées',
      unit: 'campagnes',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      maxChangePercent: 100,
      structureKey: 's-dpp',
      resultCode: 'R1.1.1',
      action: '017/01',
      dataSource: 'Rapports de mission des équipes de sensibilisation',
      targets: { 2023: q(3, 3, 3, 3), 2024: q(4, 4, 4, 4), 2025: 16 },
      values: { 2023: [2, 3, 4, 3], 2024: [4, null, null, null] },
    },
    {
      code: 'IND-017-06',
      title: 'Taux de satisfaction des bénéficiaires des prestations sociales',
      unit: '%',
      level: 'impact',
      direction: 'higher_is_better',
      periodicity: 'annual',
      aggregation: 'last',
      isPercentage: true,
      baseline: [54, 2022],
      structureKey: 's-dpp',
      resultCode: 'R1.1.2',
      action: '017/02',
      dataSource: 'Enquête annuelle de satisfaction des usagers',
      targets: { 2023: 60, 2024: 65, 2025: 70 },
      values: { 2023: 58 },
    },
    // --- programme 018 ---
    {
      code: 'IND-018-01',
      title: 'Nombre d’établissements contrôlés par l’inspection du travail',
      unit: 'établissements',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      baseline: [520, 2022],
      structureKey: 's-dgi',
      resultCode: 'R2.1.1',
      action: '018/01',
      dataSource: 'Rapports des inspections du travail',
      targets: { 2023: q(150, 150, 150, 150), 2024: q(170, 170, 170, 170), 2025: 760 },
      values: { 2023: [138, 161, 149, 172], 2024: [158, null, null, null] },
    },
    {
      code: 'IND-018-02',
      title: 'Taux de mise en conformité des établissements après contrôle',
      unit: '%',
      level: 'outcome',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      isPercentage: true,
      baseline: [55, 2022],
      structureKey: 's-dgi',
      resultCode: 'R2.1.1',
      action: '018/01',
      dataSource: 'Rapports de contre-visite',
      targets: { 2023: 65, 2024: 70, 2025: 75 },
      values: { 2023: [57, 59, 61, 60], 2024: [62, null, null, null] },
      lateQuarters: ['2023-4'],
    },
    {
      code: 'IND-018-03',
      title: 'Nombre d’accidents du travail déclarés',
      unit: 'accidents',
      level: 'outcome',
      direction: 'lower_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      baseline: [1200, 2022],
      structureKey: 's-dtt',
      resultCode: 'R2.1.1',
      action: '018/01',
      dataSource: 'Déclarations d’accidents à la caisse de sécurité sociale',
      targets: { 2023: q(250, 250, 250, 250), 2024: q(225, 225, 225, 225), 2025: 800 },
      values: { 2023: [281, 262, 240, 255], 2024: [236, null, null, null] },
    },
    {
      code: 'IND-018-04',
      title: 'Proportion des conflits collectifs réglés par la conciliation',
      unit: '%',
      level: 'outcome',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      isPercentage: true,
      baseline: [48, 2022],
      maxChangePercent: 30,
      structureKey: 's-dpp',
      resultCode: 'R2.1.2',
      action: '018/03',
      dataSource: 'Procès-verbaux de conciliation',
      targets: { 2023: 60, 2024: 65, 2025: 70 },
      values: { 2023: [52, 58, 61, 63], 2024: [64, null, null, null] },
    },
    {
      code: 'IND-018-05',
      title: 'Nombre de jeunes insérés dans un emploi décent',
      unit: 'jeunes',
      level: 'impact',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      baseline: [3100, 2022],
      structureKey: 's-agir',
      resultCode: 'R2.1.1',
      action: '018/02',
      dataSource: 'Base de données du programme d’insertion',
      targets: { 2023: q(900, 1000, 1000, 1100), 2024: q(1000, 1100, 1100, 1200), 2025: 5000 },
      values: { 2023: [610, 705, 690, 820], 2024: [540, null, null, null] },
      lateQuarters: ['2023-1', '2023-3'],
    },
    // --- programme 159 ---
    {
      code: 'IND-159-01',
      title: 'Taux d’exécution physique du plan de travail annuel',
      unit: '%',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'last',
      isPercentage: true,
      structureKey: 's-dpp',
      resultCode: 'R3.1.1',
      action: '159/01',
      dataSource: 'Rapports trimestriels de suivi du plan de travail annuel',
      targets: { 2023: q(20, 45, 70, 95), 2024: q(20, 45, 70, 95), 2025: q(20, 45, 70, 95) },
      values: { 2023: [18, 41, 66, 88], 2024: [17, null, null, null] },
    },
    {
      code: 'IND-159-02',
      title: 'Taux de consommation des crédits',
      unit: '%',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'last',
      isPercentage: true,
      structureKey: 's-daf',
      resultCode: 'R3.1.2',
      action: '159/02',
      dataSource: 'Système intégré de gestion des finances publiques',
      targets: { 2023: q(15, 40, 65, 90), 2024: q(15, 40, 65, 90), 2025: q(15, 40, 65, 90) },
      values: { 2023: [11, 34, 58, 86], 2024: [12, null, null, null] },
    },
    {
      code: 'IND-159-03',
      title: 'Proportion des rapports trimestriels de performance produits dans les délais',
      unit: '%',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      isPercentage: true,
      structureKey: 's-dpp-sse',
      resultCode: 'R3.1.1',
      action: '159/01',
      dataSource: 'Registre de transmission des rapports',
      targets: { 2023: 80, 2024: 90, 2025: 100 },
      values: { 2023: [60, 75, 80, 90], 2024: [85, null, null, null] },
    },
    {
      code: 'IND-159-04',
      title: 'Nombre d’agents formés à la gestion axée sur les résultats',
      unit: 'agents',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      structureKey: 's-daf-srh',
      resultCode: 'R3.1.1',
      action: '159/02',
      dataSource: 'Listes de présence des formations',
      targets: { 2023: q(30, 30, 20, 20), 2024: q(40, 40, 20, 20), 2025: 100 },
      values: { 2023: [35, 28, 12, 25], 2024: [42, null, null, null] },
    },
    {
      code: 'IND-159-05',
      title: 'Délai moyen de traitement du courrier administratif',
      unit: 'jours',
      level: 'output',
      direction: 'lower_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      baseline: [21, 2022],
      structureKey: 's-sgm-sa',
      resultCode: 'R3.1.2',
      action: '159/01',
      dataSource: 'Registre du courrier du Secrétariat administratif',
      targets: { 2023: 14, 2024: 10, 2025: 7 },
      values: { 2023: [19, 17, 16, 15], 2024: [13, null, null, null] },
    },
    {
      code: 'IND-159-06',
      title: 'Taux de mise en œuvre des recommandations des dialogues de gestion',
      unit: '%',
      level: 'outcome',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'last',
      isPercentage: true,
      maxChangePercent: 40,
      structureKey: 's-dpp',
      resultCode: 'R3.1.1',
      action: '159/01',
      dataSource: 'Tableau de suivi des recommandations',
      targets: { 2023: q(20, 40, 60, 80), 2024: q(25, 50, 70, 85), 2025: q(30, 55, 75, 90) },
      values: { 2023: [10, 25, 45, 62], 2024: [20, null, null, null] },
    },
  ],
};

export const demoTownHallResults: DemoResults = {
  administrationCode: 'MZG',
  // Direction du Développement local et de la Planification: its focal point validates
  monitoringStructureKey: 's-ddlp',
  plan: {
    title: 'Plan stratégique 2024-2026 de la Mairie',
    startYear: 2024,
    endYear: 2026,
    referencePlan: 'PDM 2022-2026 de la commune de Zogbodomey',
    description: 'Améliorer le cadre de vie et les services rendus aux usagers de la commune.',
  },
  axes: [
    {
      code: 'A1',
      title: 'Cadre de vie et infrastructures communales',
      objectives: [
        {
          code: 'OS1',
          title: 'Améliorer l’accès aux infrastructures de base',
          results: [{ code: 'R1.1', title: 'Les pistes rurales et les marchés sont aménagés' }],
        },
      ],
    },
    {
      code: 'A2',
      title: 'Services aux usagers',
      objectives: [
        {
          code: 'OS2',
          title: 'Rapprocher l’administration communale des usagers',
          results: [{ code: 'R2.1', title: 'Les actes d’état civil sont délivrés plus vite' }],
        },
      ],
    },
  ],
  programmes: [
    {
      code: 'P01',
      title: 'Aménagement et cadre de vie',
      kind: 'operational',
      managerPostKey: 'p-dst',
      objective: 'Aménager les pistes, les marchés et l’assainissement',
      actions: [
        { code: '01', title: 'Pistes rurales' },
        { code: '02', title: 'Marchés et assainissement' },
      ],
    },
    {
      code: 'P02',
      title: 'Administration et services aux usagers',
      kind: 'support',
      managerPostKey: 'p-ddlp',
      objective: 'Moderniser l’état civil et le suivi du PDM',
      actions: [{ code: '01', title: 'État civil et guichet unique' }],
    },
  ],
  years: [2024],
  reportedUntil: { year: 2024, quarter: 2 },
  activities: [
    {
      action: 'P01/01',
      code: 'PT-01',
      title: 'Reprofilage de 12 km de pistes rurales',
      structureKey: 's-dst-sia',
      quarters: [1, 2, 3],
      weight: 3,
      budget: 96_000_000,
      pace: 0.8,
      spendPace: 1,
    },
    {
      action: 'P01/02',
      code: 'PT-02',
      title: 'Construction de hangars au marché central',
      structureKey: 's-dst',
      quarters: [2, 3, 4],
      weight: 2,
      budget: 54_000_000,
      pace: 1,
      spendPace: 0.9,
    },
    {
      action: 'P02/01',
      code: 'PT-03',
      title: 'Informatisation du registre d’état civil',
      structureKey: 's-ddlp-spse',
      quarters: [1, 2],
      weight: 1,
      budget: 15_000_000,
      pace: 1,
      spendPace: 1,
    },
  ],
  indicators: [
    {
      code: 'C-01',
      title: 'Kilomètres de pistes rurales aménagées',
      unit: 'km',
      level: 'output',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'sum',
      structureKey: 's-dst',
      resultCode: 'R1.1',
      action: 'P01/01',
      dataSource: 'Procès-verbaux de réception des travaux',
      targets: { 2024: q(2, 4, 4, 2), 2025: 15, 2026: 15 },
      values: { 2024: [1.5, 3, null, null] },
    },
    {
      code: 'C-02',
      title: 'Taux de salubrité du marché central',
      unit: '%',
      level: 'outcome',
      direction: 'higher_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      isPercentage: true,
      baseline: [45, 2023],
      structureKey: 's-ddlp',
      resultCode: 'R1.1',
      action: 'P01/02',
      dataSource: 'Fiches d’inspection sanitaire',
      targets: { 2024: 60, 2025: 70, 2026: 80 },
      values: { 2024: [50, 56, null, null] },
    },
    {
      code: 'C-03',
      title: 'Délai moyen de délivrance d’un acte de naissance',
      unit: 'jours',
      level: 'outcome',
      direction: 'lower_is_better',
      periodicity: 'quarterly',
      aggregation: 'mean',
      baseline: [10, 2023],
      structureKey: 's-ddlp',
      resultCode: 'R2.1',
      action: 'P02/01',
      dataSource: 'Registre de l’état civil',
      targets: { 2024: 5, 2025: 3, 2026: 2 },
      values: { 2024: [8, 6, null, null] },
    },
  ],
};

export const demoResults: DemoResults[] = [demoMinistryResults, demoTownHallResults];

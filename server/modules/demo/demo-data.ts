// Demo data: two fictional administrations shaped after the seed decrees (a Beninese ministry, a town hall).
// Plain data only; the demo loader turns keys into ids. Keys are unique within an administration, across
// ranks, structures, posts and people (prefixes r-, s-, p-, pe-).
// Typography: every French text uses the typographic apostrophe ’; emails are lowercase ASCII.
// All people, emails and phone numbers are fictitious.

export type StructureKind =
  'cabinet' | 'general_secretariat' | 'directorate' | 'service' | 'division' | 'cell' | 'commission' | 'attached_body' | 'secretariat';
// what a post's holder does in the steering of the administration; drives permissions
export type PostFunction =
  | 'head'
  | 'chief_of_staff'
  | 'deputy_chief_of_staff'
  | 'secretary_general'
  | 'deputy_secretary_general'
  | 'adviser'
  | 'private_office'
  | 'head_of_structure'
  | 'focal_point'
  | 'member';
export type DemoRank = { key: string; name: string; level: number }; // level 1 = highest rank; ranks ordered per administration
export type DemoStructure = {
  key: string;
  parentKey: string | null;
  attachedToKey?: string;
  kind: StructureKind;
  name: string;
  acronym?: string;
  attributions: string[];
};
export type DemoPost = {
  key: string;
  structureKey: string;
  title: string;
  acronym?: string;
  rankKey: string | null;
  reportsToKey: string | null;
  function: PostFunction;
  isHeadOfStructure: boolean;
  attributions: string[];
};
export type DemoPerson = {
  key: string;
  civility: 'M.' | 'Mme';
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  postKey: string | null;
  assignedSince: string /* YYYY-MM-DD */;
  account?: { role: 'admin' | 'member'; label: string /* French, e.g. "Directeur de cabinet" */ };
};
export type DemoInterim = {
  postKey: string;
  personKey: string;
  startDate: string;
  endDate: string;
  legalReference: string;
  reason: string;
};
export type DemoAbsence = { personKey: string; startDate: string; endDate: string; reason: string };
// who stands in for a post when its holder is absent, in order (seed 000: in the minister's absence the DC, else the DAC, chairs the management committee)
export type DemoSuccessionRule = { postKey: string; context: 'management_committee' | 'any'; substituteKeys: string[] };
export type DemoAdministration = {
  code: string;
  name: string;
  shortName: string;
  kind: 'ministry' | 'commune' | 'agency';
  headTitle: string;
  country: string;
  countryMotto: string;
  currency: 'XOF' | 'XAF';
  referencePlan: 'PAG' | 'PDM';
  emailDomain: string;
  ranks: DemoRank[];
  structures: DemoStructure[];
  posts: DemoPost[];
  people: DemoPerson[];
  interims: DemoInterim[];
  absences: DemoAbsence[];
  successionRules: DemoSuccessionRule[];
};

export const demoPlatformAdmin: { firstName: string; lastName: string; email: string } = {
  firstName: 'Sènan',
  lastName: 'Hounnou',
  email: 'admin@pilotage.demo.bj',
};

// ---------------------------------------------------------------------------------------------------------
// Ministère des Infrastructures et des Transports (seeds 000, 001, 002)
// ---------------------------------------------------------------------------------------------------------

export const demoMinistry: DemoAdministration = {
  code: 'MIT',
  name: 'Ministère des Infrastructures et des Transports',
  shortName: 'MIT',
  kind: 'ministry',
  headTitle: 'Ministre',
  country: 'Bénin',
  countryMotto: 'Fraternité – Justice – Travail',
  currency: 'XOF',
  referencePlan: 'PAG',
  emailDomain: 'mit.demo.bj',

  // Administrative ranks; the Minister is a political appointee and has none.
  ranks: [
    { key: 'r-sg', name: 'Secrétaire général', level: 1 },
    { key: 'r-sga', name: 'Secrétaire général adjoint', level: 2 },
    { key: 'r-dg', name: 'Directeur général', level: 3 },
    { key: 'r-dir', name: 'Directeur', level: 4 },
    { key: 'r-diradj', name: 'Directeur adjoint', level: 5 },
    { key: 'r-cs', name: 'Chef de service', level: 6 },
    { key: 'r-cd', name: 'Chef de division', level: 7 },
    { key: 'r-agent', name: 'Agent', level: 8 },
  ],

  structures: [
    // --- Cabinet du Ministre (seed 001, plus the cabinet's own role in seed 000) ---
    {
      key: 's-cab',
      parentKey: null,
      kind: 'cabinet',
      name: 'Cabinet du Ministre',
      acronym: 'CAB',
      attributions: [
        'De proposer au ministre, en collaboration avec le Secrétariat général du ministère, les grandes orientations destinées à traduire la vision, la politique et les stratégies du gouvernement dans les secteurs d’activités relevant du ministère',
        'De s’assurer de l’application correcte du programme d’actions du gouvernement et des orientations stratégiques du département, en collaboration avec le Secrétariat général du ministère',
        'De veiller à la production et à la diffusion de statistiques fiables concourant à l’amélioration de la qualité des décisions',
        'D’assurer la gouvernance au sein du ministère en veillant au respect de l’intérêt général, de l’éthique et des valeurs républicaines tout en tenant compte de la finalité de la mission et des attributions du ministère',
        'De consulter périodiquement les usagers/clients',
        'De veiller en permanence aux exigences d’évolution, de progrès, d’innovation et d’apprentissage par rapport aux dynamiques nationales, régionales et internationales',
        'De veiller au développement du leadership, à la qualité de l’encadrement du ministère, à la qualité de la coordination au sein du ministère, notamment la qualité de la supervision et de la standardisation des méthodes et des services fournis par le ministère',
        'De veiller à l’amélioration continue de la performance globale du ministère, de ses politiques et de ses services notamment la satisfaction des usagers/clients ainsi que celle du personnel du ministère',
        'De veiller à l’orientation résultat du ministère en recentrant notamment les priorités sur les résultats/impacts et non sur les ressources/intrants et les activités',
        'De s’assurer que le ministère a développé des partenariats, réseaux, concertations et relations avec les autres départements ministériels, le secteur privé, la société civile, les usagers/clients, les partenaires techniques et financiers aux plans national et international pour améliorer ses performances',
        'De s’assurer que les efforts de réforme et de modernisation de l’administration sont traduits dans les actions et donnent des résultats probants au sein du ministère, et que la culture administrative nouvelle impacte la finalité de la gouvernance',
        'D’émettre son avis sur les dossiers sensibles du département ministériel',
        // seed 000: what the DC leads because it falls to the Cabinet
        'D’assurer le travail de gouvernance, d’orientation stratégique et de leadership qui lui incombe en tant que sommet stratégique et groupe de réflexion pour la performance globale du ministère',
        'D’assurer le rôle d’orientation du ministère dans le sens de la bonne gouvernance, notamment par l’élaboration, la mise en œuvre et l’évaluation d’un plan stratégique triennal décliné en plans opérationnels annuels',
        'De veiller à l’image et à la performance globale du ministère par le biais d’un dispositif de suivi-évaluation fait notamment de tableaux de bord et de rapports trimestriels et annuels du Cabinet',
        'D’exécuter toutes autres tâches à lui confiées par le ministre',
      ],
    },

    // --- Secrétariat général du Ministère (seed 002) and its units ---
    {
      key: 's-sgm',
      parentKey: null,
      kind: 'general_secretariat',
      name: 'Secrétariat général du Ministère',
      acronym: 'SGM',
      attributions: [
        'Assure la continuité de l’administration du Ministère',
        'Propose en liaison avec le Cabinet les orientations stratégiques destinées à traduire la vision, les politiques et les stratégies du gouvernement, dans les secteurs d’activités relevant du Ministère',
        'Veille à la mise en œuvre du programme d’actions du gouvernement et des orientations stratégiques du département en collaboration avec le Cabinet du Ministre',
        'Veille à aligner toutes les directions centrales et directions techniques sur les orientations stratégiques et les priorités gouvernementales',
        'Élabore et met en œuvre un programme de renforcement du leadership au sein du Ministère',
        'Émet un avis technique sur les dossiers soumis à l’étude et à la décision du Ministre',
        'Élabore, met en œuvre, évalue et capitalise le plan d’amélioration de la performance globale du Ministère, de ses politiques, de ses partenariats et de ses services, notamment la satisfaction des usagers/clients et du personnel du Ministère',
        'Veille à faire de l’atteinte des résultats une exigence institutionnelle du Ministère en recentrant notamment les priorités sur les résultats/impacts et non sur les ressources/intrants et activités',
        'Développe, en collaboration avec le Cabinet du Ministre et en liaison avec les autres départements ministériels, des partenariats, des réseaux et des concertations avec le secteur privé, la société civile, les usagers/clients, les partenaires techniques et financiers aux plans national et international',
        'Élabore, met en œuvre, évalue et capitalise le plan de réforme, de modernisation et de transformation de la culture administrative au sein du Ministère',
        'Assure l’élaboration d’un rapport annuel de capitalisation des bonnes pratiques pour consolider les acquis et enrichir la culture administrative',
        'Exécute toutes autres tâches à lui confiées par le Ministre dans le strict respect des lois et règlements',
      ],
    },
    {
      key: 's-sgm-sa',
      parentKey: 's-sgm',
      kind: 'secretariat',
      name: 'Secrétariat administratif',
      acronym: 'SA',
      attributions: [
        'De réceptionner, d’enregistrer et de ventiler le courrier arrivée et départ du Ministère',
        'D’assurer le suivi du circuit des dossiers soumis à l’avis du Secrétaire général',
        'D’assurer la gestion des archives et de la documentation du Secrétariat général',
        'D’assurer le secrétariat des réunions du Comité de direction',
      ],
    },
    {
      key: 's-cj',
      parentKey: 's-sgm',
      kind: 'cell',
      name: 'Cellule juridique',
      acronym: 'CJ',
      attributions: [
        'D’élaborer ou de contrôler la régularité des projets de textes législatifs et réglementaires initiés par le Ministère',
        'De donner des avis juridiques sur les projets de conventions, de contrats et d’accords engageant le Ministère',
        'De suivre le contentieux du Ministère en liaison avec l’Agence judiciaire de l’État',
      ],
    },
    {
      key: 's-cpmp',
      parentKey: 's-sgm',
      kind: 'commission',
      name: 'Commission de passation des marchés publics',
      acronym: 'CPMP',
      attributions: [
        'D’assurer l’ouverture des plis, l’évaluation des offres et l’attribution provisoire des marchés publics du Ministère',
        'De rédiger les procès-verbaux d’ouverture et les rapports d’évaluation des offres',
        'De veiller au respect des règles de transparence et d’équité dans la passation des marchés publics',
      ],
    },
    {
      key: 's-csprai',
      parentKey: 's-sgm',
      kind: 'cell',
      name: 'Cellule sectorielle de pilotage de la réforme administrative et institutionnelle',
      acronym: 'CSPRAI',
      attributions: [
        'De piloter l’élaboration et la mise en œuvre du plan de réforme et de modernisation de l’administration au sein du Ministère',
        'D’assurer le suivi des réformes administratives et institutionnelles décidées par le Gouvernement dans le secteur des infrastructures et des transports',
        'De préparer, en liaison avec les directions, le rapport annuel de capitalisation des bonnes pratiques',
      ],
    },

    // --- Direction de la Programmation et de la Prospective ---
    {
      key: 's-dpp',
      parentKey: 's-sgm',
      kind: 'directorate',
      name: 'Direction de la Programmation et de la Prospective',
      acronym: 'DPP',
      attributions: [
        'De coordonner l’élaboration du plan stratégique, des plans de travail annuels et des budgets-programmes du Ministère',
        'D’assurer le suivi-évaluation des programmes, projets et activités du Ministère et d’en produire les rapports de performance',
        'De collecter, de traiter et de diffuser les statistiques du secteur des infrastructures et des transports',
        'De préparer les dialogues de gestion et les revues sectorielles du Ministère',
      ],
    },
    {
      key: 's-dpp-sse',
      parentKey: 's-dpp',
      kind: 'service',
      name: 'Service du Suivi-Évaluation',
      acronym: 'SSE',
      attributions: [
        'De tenir à jour le cadre de mesure de la performance et les fiches des indicateurs du Ministère',
        'De collecter et de contrôler chaque trimestre les données de réalisation transmises par les structures',
        'D’élaborer les rapports trimestriels et annuels de performance',
      ],
    },
    {
      key: 's-dpp-sps',
      parentKey: 's-dpp',
      kind: 'service',
      name: 'Service de la Planification et des Statistiques',
      acronym: 'SPS',
      attributions: [
        'De préparer le plan stratégique triennal et les plans de travail annuels du Ministère',
        'De produire l’annuaire statistique du secteur des infrastructures et des transports',
      ],
    },

    // --- Direction de l'Administration et des Finances ---
    {
      key: 's-daf',
      parentKey: 's-sgm',
      kind: 'directorate',
      name: 'Direction de l’Administration et des Finances',
      acronym: 'DAF',
      attributions: [
        'D’assurer la gestion des ressources humaines, financières et matérielles du Ministère',
        'De préparer et d’exécuter le budget du Ministère en liaison avec la Direction de la Programmation et de la Prospective',
        'De tenir la comptabilité des matières et de veiller à la conservation du patrimoine du Ministère',
      ],
    },
    {
      key: 's-daf-srh',
      parentKey: 's-daf',
      kind: 'service',
      name: 'Service des Ressources humaines',
      acronym: 'SRH',
      attributions: [
        'D’assurer la gestion administrative et la carrière des agents du Ministère',
        'D’élaborer et de mettre en œuvre le plan de formation du personnel',
      ],
    },
    {
      key: 's-daf-srfm',
      parentKey: 's-daf',
      kind: 'service',
      name: 'Service des Ressources financières et du Matériel',
      acronym: 'SRFM',
      attributions: [
        'D’exécuter les opérations d’engagement et de liquidation des dépenses du Ministère',
        'D’assurer l’approvisionnement des structures en matériel et fournitures et d’en tenir la comptabilité',
      ],
    },

    // --- Direction générale des Infrastructures ---
    {
      key: 's-dgi',
      parentKey: 's-sgm',
      kind: 'directorate',
      name: 'Direction générale des Infrastructures',
      acronym: 'DGI',
      attributions: [
        'De concevoir et de mettre en œuvre la politique de l’État en matière d’infrastructures routières, ferroviaires et aéroportuaires',
        'D’assurer la maîtrise d’ouvrage des travaux de construction, de réhabilitation et d’entretien des infrastructures de transport',
        'De veiller au respect des normes techniques et à la qualité des ouvrages réalisés',
      ],
    },
    {
      key: 's-dgi-set',
      parentKey: 's-dgi',
      kind: 'service',
      name: 'Service des Études techniques',
      acronym: 'SET',
      attributions: [
        'De réaliser ou de faire réaliser les études de faisabilité et d’exécution des projets d’infrastructures',
        'De contrôler la conformité technique des dossiers d’appel d’offres de travaux',
      ],
    },
    {
      key: 's-dgi-ser',
      parentKey: 's-dgi',
      kind: 'service',
      name: 'Service de l’Entretien routier',
      acronym: 'SER',
      attributions: [
        'De programmer les campagnes annuelles d’entretien courant et périodique du réseau routier',
        'De suivre l’exécution des contrats d’entretien routier et d’en rendre compte',
      ],
    },

    // --- Direction des Transports terrestres ---
    {
      key: 's-dtt',
      parentKey: 's-sgm',
      kind: 'directorate',
      name: 'Direction des Transports terrestres',
      acronym: 'DTT',
      attributions: [
        'D’élaborer et de mettre en œuvre la réglementation relative aux transports routiers et ferroviaires',
        'D’organiser et de contrôler les activités de transport public de personnes et de marchandises',
        'De promouvoir la sécurité routière en liaison avec les organismes compétents',
      ],
    },
    {
      key: 's-dtt-srtt',
      parentKey: 's-dtt',
      kind: 'service',
      name: 'Service de la Réglementation et des Titres de transport',
      acronym: 'SRTT',
      attributions: [
        'De préparer les textes relatifs à l’organisation des transports terrestres',
        'D’instruire les demandes d’agrément des transporteurs et de délivrer les titres de transport',
      ],
    },
    {
      key: 's-dtt-spsr',
      parentKey: 's-dtt',
      kind: 'service',
      name: 'Service de la Promotion de la Sécurité routière',
      acronym: 'SPSR',
      attributions: [
        'De concevoir et de conduire les campagnes de sensibilisation à la sécurité routière',
        'De tenir les statistiques des accidents de la circulation et d’en analyser les causes',
      ],
    },

    // --- Organisme sous tutelle (under the SG's authority, seed 002) ---
    {
      key: 's-agir',
      parentKey: 's-sgm',
      kind: 'attached_body',
      name: 'Agence de Gestion des Infrastructures routières',
      acronym: 'AGIR',
      attributions: [
        'D’assurer, pour le compte de l’État, la maîtrise d’ouvrage déléguée des travaux d’entretien du réseau routier classé',
        'De gérer les ressources affectées à l’entretien routier et d’en rendre compte au Ministère',
        'De contribuer à la collecte des données sur l’état et le trafic du réseau routier',
      ],
    },
  ],

  posts: [
    // --- Cabinet du Ministre ---
    {
      key: 'p-ministre',
      structureKey: 's-cab',
      title: 'Ministre des Infrastructures et des Transports',
      rankKey: null,
      reportsToKey: null,
      function: 'head',
      isHeadOfStructure: false,
      attributions: [
        'Assurer la mise en œuvre et le suivi de la politique de l’État en matière d’infrastructures et de transports, conformément au Programme d’actions du Gouvernement',
        'Présider le Comité de direction du Ministère',
        'Décider des dossiers soumis à sa signature et adresser des directives aux structures du Ministère',
        'Exercer la tutelle sur les organismes rattachés au Ministère',
      ],
    },
    {
      key: 'p-dc',
      structureKey: 's-cab',
      title: 'Directeur de cabinet',
      acronym: 'DC',
      rankKey: 'r-sg',
      reportsToKey: 'p-ministre',
      function: 'chief_of_staff',
      isHeadOfStructure: true,
      attributions: [
        'De coordonner les activités du Cabinet',
        'D’animer le travail de gouvernance, d’orientation stratégique et de leadership qui incombe au Cabinet en tant que sommet stratégique et groupe de réflexion pour la performance globale du Ministère',
        'De veiller à ce que le Secrétariat général et l’Administration du Ministère dans son ensemble apportent au Ministre l’appui technique, les idées, les conseils et avis pour le succès de sa mission et ce, dans un esprit d’objectivité et de loyauté',
        'D’identifier, d’anticiper, d’exploiter ou de prévenir les opportunités, les menaces et les risques dans le champ de compétence du Ministère',
        'De planifier, d’organiser, de diriger et d’évaluer les activités du Cabinet dans le sens de la gouvernance et du leadership transformationnel notamment par l’élaboration, la mise en œuvre et le suivi-évaluation des plans d’action du Cabinet',
        'De veiller à l’amélioration continue des politiques, activités et résultats dans les domaines de compétences du Ministère',
        'De s’assurer régulièrement que toutes les parties prenantes au domaine de compétence du Ministère sont satisfaites',
        'De veiller à prendre les initiatives et les dispositions en vue de développer les partenariats susceptibles d’améliorer les ressources, les activités et la performance globale du Ministère',
        'De veiller à ce que le rôle d’orientation du Ministère qui incombe au Cabinet, soit assuré dans le sens de la bonne gouvernance, notamment par l’élaboration, la mise en œuvre et l’évaluation d’un plan stratégique triennal décliné en plans opérationnels annuels',
        'De veiller à la prévention et à la résolution des crises et des conflits entre structures du Ministère, d’une part ; entre Ministères, d’autre part',
        'De veiller à l’image et à la performance globale du Ministère par le biais d’un dispositif de suivi-évaluation fait notamment de tableaux de bord et de rapports trimestriels et annuels du Cabinet',
        'D’assurer la liaison entre le Cabinet et le Secrétariat général du Ministère dans un esprit d’équipe, de coopération, de complémentarité, de concertation et de soutien réciproque',
        'De présider le Comité de direction du Ministère en cas d’absence du Ministre',
      ],
    },
    {
      key: 'p-dac',
      structureKey: 's-cab',
      title: 'Directeur adjoint de cabinet',
      acronym: 'DAC',
      rankKey: 'r-sga',
      reportsToKey: 'p-dc',
      function: 'deputy_chief_of_staff',
      isHeadOfStructure: false,
      attributions: [
        'Assister le Directeur de cabinet dans la coordination des activités du Cabinet',
        'Assurer l’intérim du Directeur de cabinet en cas d’absence ou d’empêchement',
        'Présider le Comité de direction du Ministère en cas d’absence du Ministre et du Directeur de cabinet',
        'Suivre l’exécution des directives du Ministre et en tenir le tableau de bord',
      ],
    },
    {
      key: 'p-ct-inf',
      structureKey: 's-cab',
      title: 'Conseiller technique aux Infrastructures',
      acronym: 'CTI',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'adviser',
      isHeadOfStructure: false,
      attributions: [
        'Conseiller le Ministre sur la programmation et l’exécution des grands projets d’infrastructures',
        'Émettre des avis sur les dossiers sensibles relevant des infrastructures routières, ferroviaires et aéroportuaires',
        'Préparer des notes d’analyse et de synthèse à l’intention du Ministre',
      ],
    },
    {
      key: 'p-ct-jur',
      structureKey: 's-cab',
      title: 'Conseiller technique juridique',
      acronym: 'CTJ',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'adviser',
      isHeadOfStructure: false,
      attributions: [
        'Conseiller le Ministre sur les questions juridiques et contentieuses',
        'Examiner les projets de textes, de conventions et de contrats soumis à la signature du Ministre',
        'Émettre des avis sur les dossiers sensibles à incidence juridique',
      ],
    },
    {
      key: 'p-sp',
      structureKey: 's-cab',
      title: 'Secrétaire particulier du Ministre',
      acronym: 'SP',
      rankKey: 'r-cs',
      reportsToKey: 'p-dc',
      function: 'private_office',
      isHeadOfStructure: false,
      attributions: [
        'Enregistrer et traiter le courrier confidentiel du Ministre',
        'Tenir l’agenda du Ministre en liaison avec le Directeur de cabinet',
        'Recevoir et trier les demandes d’audience adressées au Ministre',
      ],
    },
    {
      key: 'p-protocole',
      structureKey: 's-cab',
      title: 'Chef du protocole',
      acronym: 'CP',
      rankKey: 'r-cs',
      reportsToKey: 'p-dc',
      function: 'private_office',
      isHeadOfStructure: false,
      attributions: [
        'Organiser les cérémonies officielles, les audiences et les déplacements du Ministre',
        'Accueillir les hôtes du Ministre et veiller au respect des règles de préséance',
      ],
    },

    // --- Secrétariat général du Ministère ---
    {
      key: 'p-sg',
      structureKey: 's-sgm',
      title: 'Secrétaire général du Ministère',
      acronym: 'SGM',
      rankKey: 'r-sg',
      reportsToKey: 'p-ministre',
      function: 'secretary_general',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Secrétariat général et assurer la continuité de l’administration du Ministère',
        'Coordonner et superviser les directions centrales, les directions techniques et les organismes sous tutelle placés sous son autorité',
        'Émettre un avis technique sur les dossiers soumis à l’étude et à la décision du Ministre',
        'Présider les dialogues de gestion stratégiques du Ministère',
      ],
    },
    {
      key: 'p-sga',
      structureKey: 's-sgm',
      title: 'Secrétaire général adjoint du Ministère',
      acronym: 'SGAM',
      rankKey: 'r-sga',
      reportsToKey: 'p-sg',
      function: 'deputy_secretary_general',
      isHeadOfStructure: false,
      attributions: [
        'Assister le Secrétaire général dans l’ensemble de ses attributions',
        'Assurer l’intérim du Secrétaire général en cas d’absence ou d’empêchement',
        'Suivre la mise en œuvre du plan d’amélioration de la performance et du plan de réforme du Ministère',
      ],
    },
    {
      key: 'p-asg',
      structureKey: 's-sgm',
      title: 'Assistant du Secrétaire général du Ministère',
      rankKey: 'r-cs',
      reportsToKey: 'p-sg',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Préparer les dossiers et les réunions du Secrétaire général',
        'Suivre l’exécution des instructions du Secrétaire général auprès des structures',
      ],
    },
    {
      key: 'p-prmp',
      structureKey: 's-sgm',
      title: 'Personne responsable des marchés publics',
      acronym: 'PRMP',
      rankKey: 'r-dir',
      reportsToKey: 'p-sg',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Conduire la procédure de passation des marchés publics du Ministère, de la planification à l’attribution',
        'Élaborer le plan prévisionnel annuel de passation des marchés publics',
        'Présider les travaux de la Commission de passation des marchés publics',
      ],
    },
    {
      key: 'p-chef-sa',
      structureKey: 's-sgm-sa',
      title: 'Chef du Secrétariat administratif',
      rankKey: 'r-cs',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Secrétariat administratif et organiser l’enregistrement du courrier',
        'Veiller à la traçabilité des dossiers soumis au Secrétaire général',
      ],
    },
    {
      key: 'p-admin-si',
      structureKey: 's-sgm-sa',
      title: 'Administrateur des systèmes d’information',
      rankKey: 'r-agent',
      reportsToKey: 'p-chef-sa',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Administrer les applications de gestion du Ministère et les comptes de leurs utilisateurs',
        'Veiller à la sécurité et à la sauvegarde des données du Ministère',
      ],
    },
    {
      key: 'p-chef-cj',
      structureKey: 's-cj',
      title: 'Chef de la Cellule juridique',
      rankKey: 'r-cs',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: ['Diriger la Cellule juridique et répartir les dossiers entre ses membres', 'Signer les avis juridiques de la Cellule'],
    },
    {
      key: 'p-membre-cpmp',
      structureKey: 's-cpmp',
      title: 'Membre de la Commission de passation des marchés publics',
      rankKey: 'r-cd',
      reportsToKey: 'p-prmp',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Participer à l’ouverture des plis et à l’évaluation des offres',
        'Signer les procès-verbaux et les rapports d’évaluation de la Commission',
      ],
    },
    {
      key: 'p-coord-csprai',
      structureKey: 's-csprai',
      title: 'Coordonnateur de la Cellule sectorielle de pilotage de la réforme administrative et institutionnelle',
      rankKey: 'r-cs',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Coordonner les activités de la Cellule et en rendre compte au Secrétaire général',
        'Suivre l’état d’avancement des actions de réforme et de modernisation du Ministère',
      ],
    },

    // --- Direction de la Programmation et de la Prospective ---
    {
      key: 'p-dpp',
      structureKey: 's-dpp',
      title: 'Directeur de la Programmation et de la Prospective',
      acronym: 'DPP',
      rankKey: 'r-dir',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction de la Programmation et de la Prospective',
        'Animer le dispositif de suivi-évaluation du Ministère et valider les données de performance',
        'Préparer, avec le Secrétaire général, les dialogues de gestion du Ministère',
      ],
    },
    {
      key: 'p-pf-se',
      structureKey: 's-dpp',
      title: 'Point focal suivi-évaluation',
      rankKey: 'r-cd',
      reportsToKey: 'p-dpp',
      function: 'focal_point',
      isHeadOfStructure: false,
      attributions: [
        'Saisir chaque trimestre les réalisations des indicateurs du Ministère',
        'Relancer les structures pour la transmission des données et contrôler leur cohérence',
        'Préparer les tableaux de bord soumis aux dialogues de gestion',
      ],
    },
    {
      key: 'p-chef-sse',
      structureKey: 's-dpp-sse',
      title: 'Chef du Service du Suivi-Évaluation',
      rankKey: 'r-cs',
      reportsToKey: 'p-dpp',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: ['Diriger le Service du Suivi-Évaluation', 'Consolider les rapports trimestriels et annuels de performance'],
    },
    {
      key: 'p-chef-sps',
      structureKey: 's-dpp-sps',
      title: 'Chef du Service de la Planification et des Statistiques',
      rankKey: 'r-cs',
      reportsToKey: 'p-dpp',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service de la Planification et des Statistiques',
        'Coordonner la préparation des plans de travail annuels',
      ],
    },
    {
      key: 'p-charge-etudes',
      structureKey: 's-dpp-sps',
      title: 'Chargé d’études statistiques',
      rankKey: 'r-agent',
      reportsToKey: 'p-chef-sps',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Collecter et traiter les données statistiques du secteur',
        'Contribuer à la rédaction de l’annuaire statistique du Ministère',
      ],
    },

    // --- Direction de l'Administration et des Finances ---
    {
      key: 'p-daf',
      structureKey: 's-daf',
      title: 'Directeur de l’Administration et des Finances',
      acronym: 'DAF',
      rankKey: 'r-dir',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction de l’Administration et des Finances',
        'Préparer le projet de budget du Ministère et en suivre l’exécution',
        'Veiller à la bonne gestion des ressources humaines et matérielles du Ministère',
      ],
    },
    {
      key: 'p-chef-srh',
      structureKey: 's-daf-srh',
      title: 'Chef du Service des Ressources humaines',
      rankKey: 'r-cs',
      reportsToKey: 'p-daf',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service des Ressources humaines',
        'Tenir le fichier du personnel et préparer les actes de gestion des carrières',
      ],
    },
    {
      key: 'p-chef-srfm',
      structureKey: 's-daf-srfm',
      title: 'Chef du Service des Ressources financières et du Matériel',
      rankKey: 'r-cs',
      reportsToKey: 'p-daf',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service des Ressources financières et du Matériel',
        'Préparer les engagements de dépenses et suivre leur liquidation',
      ],
    },
    {
      key: 'p-comptable',
      structureKey: 's-daf-srfm',
      title: 'Comptable des matières',
      rankKey: 'r-agent',
      reportsToKey: 'p-chef-srfm',
      function: 'member',
      isHeadOfStructure: false,
      attributions: ['Tenir la comptabilité des matières du Ministère', 'Procéder à l’inventaire annuel du patrimoine mobilier'],
    },

    // --- Direction générale des Infrastructures ---
    {
      key: 'p-dgi',
      structureKey: 's-dgi',
      title: 'Directeur général des Infrastructures',
      acronym: 'DGI',
      rankKey: 'r-dg',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction générale des Infrastructures',
        'Assurer la maîtrise d’ouvrage des projets d’infrastructures de transport du Ministère',
        'Rendre compte de l’avancement physique et financier des chantiers',
      ],
    },
    {
      key: 'p-chef-set',
      structureKey: 's-dgi-set',
      title: 'Chef du Service des Études techniques',
      rankKey: 'r-cs',
      reportsToKey: 'p-dgi',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: ['Diriger le Service des Études techniques', 'Valider les études techniques avant leur approbation'],
    },
    {
      key: 'p-chef-ser',
      structureKey: 's-dgi-ser',
      title: 'Chef du Service de l’Entretien routier',
      rankKey: 'r-cs',
      reportsToKey: 'p-dgi',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: ['Diriger le Service de l’Entretien routier', 'Suivre la programmation et l’exécution des travaux d’entretien routier'],
    },

    // --- Direction des Transports terrestres ---
    {
      key: 'p-dtt',
      structureKey: 's-dtt',
      title: 'Directeur des Transports terrestres',
      acronym: 'DTT',
      rankKey: 'r-dir',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction des Transports terrestres',
        'Proposer les mesures de régulation des transports routiers et ferroviaires',
        'Rendre compte des résultats de la Direction en matière de sécurité routière',
      ],
    },
    {
      key: 'p-chef-srtt',
      structureKey: 's-dtt-srtt',
      title: 'Chef du Service de la Réglementation et des Titres de transport',
      rankKey: 'r-cs',
      reportsToKey: 'p-dtt',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service de la Réglementation et des Titres de transport',
        'Instruire les dossiers d’agrément des transporteurs',
      ],
    },
    {
      // vacant post (poste à pourvoir)
      key: 'p-chef-spsr',
      structureKey: 's-dtt-spsr',
      title: 'Chef du Service de la Promotion de la Sécurité routière',
      rankKey: 'r-cs',
      reportsToKey: 'p-dtt',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service de la Promotion de la Sécurité routière',
        'Planifier les campagnes de sensibilisation et en évaluer les effets',
      ],
    },

    // --- Organisme sous tutelle ---
    {
      key: 'p-dg-agir',
      structureKey: 's-agir',
      title: 'Directeur général de l’Agence de Gestion des Infrastructures routières',
      acronym: 'DG-AGIR',
      rankKey: 'r-dg',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger l’Agence et exécuter les décisions de son conseil d’administration',
        'Rendre compte au Ministère de l’exécution du programme annuel d’entretien routier',
      ],
    },
  ],

  // Role-shaped emails for demo accounts; everyone else has firstname.lastname@mit.demo.bj.
  people: [
    // Cabinet du Ministre
    {
      key: 'pe-adjovi',
      civility: 'M.',
      firstName: 'Romuald',
      lastName: 'Adjovi',
      email: 'ministre@mit.demo.bj',
      phone: '+229 01 00 00 01 01',
      postKey: 'p-ministre',
      assignedSince: '2024-05-22',
      account: { role: 'member', label: 'Ministre' },
    },
    {
      key: 'pe-kpossou',
      civility: 'M.',
      firstName: 'Sylvère',
      lastName: 'Kpossou',
      email: 'dc@mit.demo.bj',
      phone: '+229 01 00 00 01 02',
      postKey: 'p-dc',
      assignedSince: '2024-06-10',
      account: { role: 'member', label: 'Directeur de cabinet' },
    },
    {
      key: 'pe-houenou',
      civility: 'Mme',
      firstName: 'Prudence',
      lastName: 'Houénou',
      email: 'dac@mit.demo.bj',
      phone: '+229 01 00 00 01 03',
      postKey: 'p-dac',
      assignedSince: '2024-06-10',
      account: { role: 'member', label: 'Directrice adjointe de cabinet' },
    },
    {
      key: 'pe-oloukoi',
      civility: 'Mme',
      firstName: 'Nadège',
      lastName: 'Oloukoï',
      email: 'conseiller@mit.demo.bj',
      phone: '+229 01 00 00 01 04',
      postKey: 'p-ct-inf',
      assignedSince: '2024-07-01',
      account: { role: 'member', label: 'Conseillère technique aux infrastructures' },
    },
    {
      key: 'pe-sabi',
      civility: 'M.',
      firstName: 'Tanimou',
      lastName: 'Sabi',
      email: 'tanimou.sabi@mit.demo.bj',
      postKey: 'p-ct-jur',
      assignedSince: '2024-07-01',
    },
    {
      key: 'pe-agbangla',
      civility: 'Mme',
      firstName: 'Félicité',
      lastName: 'Agbangla',
      email: 'secretariat@mit.demo.bj',
      phone: '+229 01 00 00 01 05',
      postKey: 'p-sp',
      assignedSince: '2024-06-17',
      account: { role: 'member', label: 'Secrétaire particulière du Ministre' },
    },
    {
      key: 'pe-azonhoumon',
      civility: 'M.',
      firstName: 'Eustache',
      lastName: 'Azonhoumon',
      email: 'protocole@mit.demo.bj',
      phone: '+229 01 00 00 01 06',
      postKey: 'p-protocole',
      assignedSince: '2022-03-01',
      account: { role: 'member', label: 'Chef du protocole' },
    },

    // Secrétariat général du Ministère
    {
      key: 'pe-adeyemi',
      civility: 'Mme',
      firstName: 'Bénédicte',
      lastName: 'Adéyèmi',
      email: 'sg@mit.demo.bj',
      phone: '+229 01 00 00 01 07',
      postKey: 'p-sg',
      assignedSince: '2023-09-04',
      account: { role: 'member', label: 'Secrétaire générale du Ministère' },
    },
    {
      key: 'pe-gounou',
      civility: 'M.',
      firstName: 'Orou',
      lastName: 'Gounou',
      email: 'orou.gounou@mit.demo.bj',
      postKey: 'p-sga',
      assignedSince: '2023-09-04',
    },
    {
      key: 'pe-tossou',
      civility: 'Mme',
      firstName: 'Rosine',
      lastName: 'Tossou',
      email: 'rosine.tossou@mit.demo.bj',
      postKey: 'p-asg',
      assignedSince: '2023-10-02',
    },
    {
      key: 'pe-akplogan',
      civility: 'M.',
      firstName: 'Léonce',
      lastName: 'Akplogan',
      email: 'leonce.akplogan@mit.demo.bj',
      postKey: 'p-prmp',
      assignedSince: '2022-01-17',
    },
    {
      key: 'pe-houessou',
      civility: 'Mme',
      firstName: 'Blandine',
      lastName: 'Houessou',
      email: 'blandine.houessou@mit.demo.bj',
      postKey: 'p-chef-sa',
      assignedSince: '2021-04-12',
    },
    {
      key: 'pe-gbenou',
      civility: 'M.',
      firstName: 'Aurel',
      lastName: 'Gbènou',
      email: 'admin@mit.demo.bj',
      phone: '+229 01 00 00 01 08',
      postKey: 'p-admin-si',
      assignedSince: '2022-11-07',
      account: { role: 'admin', label: 'Administrateur du Ministère' },
    },
    {
      key: 'pe-bankole',
      civility: 'Mme',
      firstName: 'Raïssa',
      lastName: 'Bankolé',
      email: 'raissa.bankole@mit.demo.bj',
      postKey: 'p-chef-cj',
      assignedSince: '2023-02-06',
    },
    {
      key: 'pe-ahissou',
      civility: 'M.',
      firstName: 'Modeste',
      lastName: 'Ahissou',
      email: 'modeste.ahissou@mit.demo.bj',
      postKey: 'p-membre-cpmp',
      assignedSince: '2022-01-17',
    },
    {
      key: 'pe-vodounon',
      civility: 'M.',
      firstName: 'Théophile',
      lastName: 'Vodounon',
      email: 'theophile.vodounon@mit.demo.bj',
      postKey: 'p-coord-csprai',
      assignedSince: '2023-05-15',
    },

    // Direction de la Programmation et de la Prospective
    {
      key: 'pe-soumanou',
      civility: 'M.',
      firstName: 'Bachirou',
      lastName: 'Soumanou',
      email: 'dpp@mit.demo.bj',
      postKey: 'p-dpp',
      assignedSince: '2022-08-01',
      // reviews the measurements of the DPP's indicators (first validation step)
      account: { role: 'member', label: 'Directeur de la Programmation et de la Prospective' },
    },
    {
      key: 'pe-sossa',
      civility: 'Mme',
      firstName: 'Mahougnon',
      lastName: 'Sossa',
      email: 'suivi@mit.demo.bj',
      phone: '+229 01 00 00 01 09',
      postKey: 'p-pf-se',
      assignedSince: '2023-01-09',
      account: { role: 'member', label: 'Point focal suivi-évaluation' },
    },
    {
      key: 'pe-fagla',
      civility: 'M.',
      firstName: 'Gildas',
      lastName: 'Fagla',
      email: 'gildas.fagla@mit.demo.bj',
      postKey: 'p-chef-sse',
      assignedSince: '2022-08-01',
    },
    {
      key: 'pe-alabi',
      civility: 'Mme',
      firstName: 'Adissa',
      lastName: 'Alabi',
      email: 'adissa.alabi@mit.demo.bj',
      postKey: 'p-chef-sps',
      assignedSince: '2021-10-04',
    },
    {
      key: 'pe-dedji',
      civility: 'M.',
      firstName: 'Romaric',
      lastName: 'Dèdji',
      email: 'romaric.dedji@mit.demo.bj',
      postKey: 'p-charge-etudes',
      assignedSince: '2024-02-12',
    },

    // Direction de l'Administration et des Finances
    {
      key: 'pe-amoussou',
      civility: 'Mme',
      firstName: 'Clarisse',
      lastName: 'Amoussou',
      email: 'clarisse.amoussou@mit.demo.bj',
      postKey: 'p-daf',
      assignedSince: '2021-06-07',
    },
    {
      key: 'pe-kotchoni',
      civility: 'M.',
      firstName: 'Parfait',
      lastName: 'Kotchoni',
      email: 'parfait.kotchoni@mit.demo.bj',
      postKey: 'p-chef-srh',
      assignedSince: '2022-03-14',
    },
    {
      key: 'pe-yarou',
      civility: 'Mme',
      firstName: 'Lamatou',
      lastName: 'Yarou',
      email: 'lamatou.yarou@mit.demo.bj',
      postKey: 'p-chef-srfm',
      assignedSince: '2023-07-03',
    },
    {
      key: 'pe-ahyi',
      civility: 'M.',
      firstName: 'Fidèle',
      lastName: 'Ahyi',
      email: 'fidele.ahyi@mit.demo.bj',
      postKey: 'p-comptable',
      assignedSince: '2020-09-21',
    },

    // Direction générale des Infrastructures
    {
      key: 'pe-worou',
      civility: 'M.',
      firstName: 'Séïbou',
      lastName: 'Worou',
      email: 'seibou.worou@mit.demo.bj',
      postKey: 'p-dgi',
      assignedSince: '2023-03-20',
    },
    {
      key: 'pe-deguenon',
      civility: 'M.',
      firstName: 'Hermann',
      lastName: 'Déguénon',
      email: 'hermann.deguenon@mit.demo.bj',
      postKey: 'p-chef-set',
      assignedSince: '2022-05-02',
    },
    {
      key: 'pe-gnanvi',
      civility: 'Mme',
      firstName: 'Sènami',
      lastName: 'Gnanvi',
      email: 'senami.gnanvi@mit.demo.bj',
      postKey: 'p-chef-ser',
      assignedSince: '2024-01-15',
    },

    // Direction des Transports terrestres (the head of the SPSR is vacant)
    {
      key: 'pe-houeto',
      civility: 'M.',
      firstName: 'Cyriaque',
      lastName: 'Houéto',
      email: 'directeur@mit.demo.bj',
      phone: '+229 01 00 00 01 10',
      postKey: 'p-dtt',
      assignedSince: '2022-10-03',
      account: { role: 'member', label: 'Directeur des transports terrestres' },
    },
    {
      key: 'pe-akanni',
      civility: 'Mme',
      firstName: 'Hermine',
      lastName: 'Akanni',
      email: 'hermine.akanni@mit.demo.bj',
      postKey: 'p-chef-srtt',
      assignedSince: '2023-11-06',
    },

    // Agence de Gestion des Infrastructures routières
    {
      key: 'pe-chabi',
      civility: 'M.',
      firstName: 'Moussa',
      lastName: 'Chabi',
      email: 'moussa.chabi@mit.demo.bj',
      postKey: 'p-dg-agir',
      assignedSince: '2021-12-13',
    },
  ],

  interims: [
    {
      postKey: 'p-dc',
      personKey: 'pe-houenou',
      startDate: '2026-09-14',
      endDate: '2026-09-25',
      legalReference: 'Note de service n°2026-045/MIT/CAB du 10 septembre 2026',
      reason: 'Intérim du Directeur de cabinet pendant son congé annuel',
    },
  ],

  absences: [
    {
      personKey: 'pe-adjovi',
      startDate: '2026-11-16',
      endDate: '2026-11-28',
      reason: 'Mission officielle : conférence des ministres chargés des transports de l’espace UEMOA',
    },
    { personKey: 'pe-kpossou', startDate: '2026-09-14', endDate: '2026-09-25', reason: 'Congé annuel' },
  ],

  successionRules: [
    { postKey: 'p-ministre', context: 'management_committee', substituteKeys: ['p-dc', 'p-dac'] },
    { postKey: 'p-dc', context: 'any', substituteKeys: ['p-dac'] },
    { postKey: 'p-sg', context: 'any', substituteKeys: ['p-sga'] },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Mairie de Zogbodomey (seed 003: the Direction du Cabinet of a Beninese mayor)
// ---------------------------------------------------------------------------------------------------------

export const demoTownHall: DemoAdministration = {
  code: 'MZG',
  name: 'Mairie de Zogbodomey',
  shortName: 'Mairie',
  kind: 'commune',
  headTitle: 'Maire',
  country: 'Bénin',
  countryMotto: 'Fraternité – Justice – Travail',
  currency: 'XOF',
  referencePlan: 'PDM',
  emailDomain: 'mairie.demo.bj',

  // Seed 003: CT and CM rank as Directeur, the Chef de protocole as Directeur adjoint, the Secrétaire
  // particulier as Chef de service, the DAC's Secrétaire administratif as Chef de division.
  ranks: [
    { key: 'r-sg', name: 'Secrétaire général', level: 1 },
    { key: 'r-dir', name: 'Directeur', level: 2 },
    { key: 'r-diradj', name: 'Directeur adjoint', level: 3 },
    { key: 'r-cs', name: 'Chef de service', level: 4 },
    { key: 'r-cd', name: 'Chef de division', level: 5 },
    { key: 'r-agent', name: 'Agent', level: 6 },
  ],

  structures: [
    // --- Direction du Cabinet du Maire (seed 003) ---
    {
      key: 's-cab',
      parentKey: null,
      kind: 'cabinet',
      name: 'Direction du Cabinet du Maire',
      acronym: 'CAB',
      attributions: [
        'De proposer au Maire, en liaison avec le Secrétariat général de la mairie, les orientations stratégiques destinées à traduire la vision définie par le Maire',
        'De s’assurer de l’application correcte du Plan de Développement Municipal et des orientations stratégiques en liaison avec le Secrétariat général de la mairie',
        'D’assurer la gouvernance au sein de la mairie en veillant au respect de l’intérêt général, de l’éthique et des valeurs républicaines tout en tenant compte de la finalité des compétences municipales',
        'De consulter périodiquement les usagers/clients',
        'D’assurer la veille permanente sur les exigences d’évolution, de progrès, d’innovation et d’apprentissage par rapport à l’environnement urbain et national',
        'De veiller au développement du leadership, à la qualité de l’encadrement et de la coordination au sein de la mairie, notamment celle relative à la supervision et à la standardisation des méthodes et des services fournis',
        'De veiller à l’amélioration continue de la performance globale de la mairie, de ses politiques et de ses services, notamment la satisfaction des usagers/clients ainsi que celle du personnel de la mairie',
        'De veiller à l’orientation des résultats de la mairie en recentrant notamment les priorités sur les résultats/impacts et non sur les ressources/intrants et les activités',
        'De veiller à l’orientation et au suivi de la politique de la coopération décentralisée et de l’intercommunalité',
        'De s’assurer que la mairie a développé les partenariats, les réseaux, les concertations et les liaisons avec les autres acteurs, le secteur privé, la société civile, les usagers/clients, les partenaires techniques et financiers aux plans national et international',
        'De s’assurer que les efforts de réforme et de modernisation de l’administration municipale sont traduits dans les faits, donnent des résultats probants et que la culture organisationnelle se transforme dans ce sens',
        'D’émettre son avis sur les dossiers sensibles de la mairie',
        'D’exécuter toutes autres tâches que le Maire pourrait lui confier dans le strict respect des attributions du Secrétariat général de la mairie et des directions techniques',
      ],
    },
    {
      key: 's-cab-sp',
      parentKey: 's-cab',
      kind: 'secretariat',
      name: 'Secrétariat particulier du Directeur de cabinet',
      attributions: [
        'De recevoir, d’enregistrer et de ventiler le courrier adressé au Directeur de cabinet',
        'De préparer l’agenda et les audiences du Maire en liaison avec le Directeur de cabinet',
        'D’assurer la confidentialité des affaires réservées',
      ],
    },
    {
      key: 's-cab-sa-dac',
      parentKey: 's-cab',
      kind: 'secretariat',
      name: 'Secrétariat administratif du Directeur adjoint de cabinet',
      attributions: [
        'D’assurer le secrétariat du Directeur adjoint de cabinet',
        'D’enregistrer, de suivre et d’archiver les dossiers imputés au Directeur adjoint de cabinet',
      ],
    },
    {
      key: 's-cab-sa-cons',
      parentKey: 's-cab',
      kind: 'secretariat',
      name: 'Secrétariat administratif commun des Conseillers techniques, des Chargés de mission et du Chef de protocole',
      attributions: [
        'D’assurer le secrétariat des Conseillers techniques, des Chargés de mission et du Chef de protocole',
        'D’enregistrer et de suivre les dossiers soumis à l’avis des conseillers',
        'De mettre en forme et de transmettre les notes et avis des conseillers',
      ],
    },

    // --- Structures attached to the Direction du Cabinet (rattachées, not under its authority) ---
    {
      key: 's-dpm',
      parentKey: null,
      attachedToKey: 's-cab',
      kind: 'directorate',
      name: 'Direction de la Police municipale',
      acronym: 'DPM',
      attributions: [
        'D’assurer le maintien de l’ordre public, de la sécurité et de la salubrité publiques sur le territoire de la commune',
        'De veiller à l’exécution des arrêtés de police du Maire et de constater les infractions à ces arrêtés',
        'D’assurer la police de la circulation et du stationnement sur les voies communales',
        'De contrôler l’occupation du domaine public communal, notamment dans les marchés et sur les places publiques',
      ],
    },
    {
      key: 's-ccom',
      parentKey: null,
      attachedToKey: 's-cab',
      kind: 'cell',
      name: 'Cellule de communication',
      acronym: 'CCOM',
      attributions: [
        'De concevoir et de mettre en œuvre le plan de communication de la mairie',
        'D’assurer les relations avec la presse et la couverture médiatique des activités du Maire',
        'D’animer le site internet et les pages officielles de la mairie sur les réseaux sociaux',
      ],
    },

    // --- Secrétariat général de la mairie ---
    {
      key: 's-sgm',
      parentKey: null,
      kind: 'general_secretariat',
      name: 'Secrétariat général de la mairie',
      acronym: 'SGM',
      attributions: [
        'D’assurer la continuité de l’administration communale et la coordination des services de la mairie',
        'De proposer, en liaison avec le Cabinet du Maire, les orientations stratégiques destinées à traduire la vision définie par le Maire',
        'De veiller à la mise en œuvre du Plan de Développement Municipal et à l’exécution des délibérations du conseil communal',
        'D’émettre un avis technique sur les dossiers soumis à la décision du Maire',
        'D’élaborer et de mettre en œuvre le plan d’amélioration de la performance des services communaux',
      ],
    },
    {
      key: 's-sgm-sa',
      parentKey: 's-sgm',
      kind: 'secretariat',
      name: 'Secrétariat administratif du Secrétariat général',
      attributions: [
        'De réceptionner, d’enregistrer et de ventiler le courrier arrivée et départ de la mairie',
        'D’assurer la gestion des archives et de la documentation de la mairie',
        'D’assurer le secrétariat des réunions de coordination des services',
      ],
    },

    // --- Direction des Services techniques ---
    {
      key: 's-dst',
      parentKey: 's-sgm',
      kind: 'directorate',
      name: 'Direction des Services techniques',
      acronym: 'DST',
      attributions: [
        'De programmer et de suivre l’exécution des travaux d’infrastructures et d’équipements de la commune',
        'D’assurer l’entretien de la voirie, des bâtiments et des équipements communaux',
        'De veiller à l’application des règles d’urbanisme et d’instruire les demandes de permis de construire',
        'De suivre la gestion des déchets solides ménagers et les ouvrages d’assainissement',
      ],
    },
    {
      key: 's-dst-sua',
      parentKey: 's-dst',
      kind: 'service',
      name: 'Service de l’Urbanisme et des Affaires domaniales',
      acronym: 'SUAD',
      attributions: [
        'D’instruire les demandes de permis de construire et d’attestations de détention coutumière',
        'De tenir le registre foncier urbain et de suivre les opérations de lotissement',
      ],
    },
    {
      key: 's-dst-sia',
      parentKey: 's-dst',
      kind: 'service',
      name: 'Service des Infrastructures et de l’Assainissement',
      acronym: 'SIA',
      attributions: [
        'De suivre les chantiers de construction et de réhabilitation des infrastructures communales',
        'D’organiser le curage des caniveaux et l’entretien des ouvrages d’assainissement',
      ],
    },

    // --- Direction du Développement local et de la Planification ---
    {
      key: 's-ddlp',
      parentKey: 's-sgm',
      kind: 'directorate',
      name: 'Direction du Développement local et de la Planification',
      acronym: 'DDLP',
      attributions: [
        'De coordonner l’élaboration, la mise en œuvre et le suivi-évaluation du Plan de Développement Municipal et des plans annuels d’investissement',
        'De promouvoir le développement économique local et d’appuyer les initiatives des acteurs économiques de la commune',
        'De collecter, de traiter et de diffuser les statistiques communales',
        'De préparer les rapports de performance et les dialogues de gestion de la mairie',
      ],
    },
    {
      key: 's-ddlp-spse',
      parentKey: 's-ddlp',
      kind: 'service',
      name: 'Service de la Planification et du Suivi-Évaluation',
      acronym: 'SPSE',
      attributions: [
        'De préparer le plan annuel d’investissement et le plan de travail annuel de la mairie',
        'De tenir le tableau de bord des indicateurs du Plan de Développement Municipal',
      ],
    },
    {
      key: 's-ddlp-sdel',
      parentKey: 's-ddlp',
      kind: 'service',
      name: 'Service du Développement économique local',
      acronym: 'SDEL',
      attributions: [
        'D’accompagner les groupements de producteurs et les artisans de la commune',
        'De suivre la gestion des marchés et des équipements marchands communaux',
      ],
    },
  ],

  posts: [
    // --- Direction du Cabinet du Maire ---
    {
      key: 'p-maire',
      structureKey: 's-cab',
      title: 'Maire',
      rankKey: null,
      reportsToKey: null,
      function: 'head',
      isHeadOfStructure: false,
      attributions: [
        'Exécuter les délibérations du conseil communal et représenter la commune',
        'Définir la vision de développement de la commune et en confier la traduction au Cabinet et au Secrétariat général',
        'Décider des dossiers soumis à sa signature et adresser des directives aux services de la mairie',
        'Exercer les pouvoirs de police administrative sur le territoire de la commune',
      ],
    },
    {
      key: 'p-dc',
      structureKey: 's-cab',
      title: 'Directeur de cabinet',
      acronym: 'DC',
      rankKey: 'r-sg',
      reportsToKey: 'p-maire',
      function: 'chief_of_staff',
      isHeadOfStructure: true,
      attributions: [
        'Assurer la supervision, la coordination générale et le contrôle des activités du Cabinet',
        'Suivre et coordonner les activités des membres du Cabinet',
        'Suivre et coordonner les activités liées à l’économie et aux finances',
        'Aider le Maire à assurer la cohérence de l’activité municipale',
        'Faciliter, en relation avec le Secrétaire général, la complémentarité entre les activités des membres du Cabinet et celles des directions techniques',
        'Anticiper et suivre la mise en œuvre des actions de la ville',
        'Préparer les diverses interventions du Maire',
        'Soutenir l’action du Maire et des élus locaux',
        'Coordonner la communication politique du Maire et les relations avec la presse',
        'S’assurer que la mairie a développé les partenariats, les réseaux, les concertations et les liaisons avec les autres acteurs, le secteur privé, la société civile, les usagers/clients, les partenaires techniques et financiers aux plans national et international',
        'Suivre les affaires réservées',
        'Organiser l’agenda du Maire et participer à ses audiences en liaison avec le Directeur adjoint de cabinet, le Secrétaire général et le Secrétaire particulier',
        'Assurer le suivi des décisions et directives du Maire',
        'Élaborer et adresser au Maire un rapport trimestriel d’activités',
      ],
    },
    {
      key: 'p-dac',
      structureKey: 's-cab',
      title: 'Directeur adjoint de cabinet',
      acronym: 'DAC',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'deputy_chief_of_staff',
      isHeadOfStructure: false,
      attributions: [
        'Assister le Directeur de cabinet dans la supervision et la coordination des activités du Cabinet',
        'Assurer l’intérim du Directeur de cabinet en cas d’absence ou d’empêchement',
        'Participer à l’organisation de l’agenda et des audiences du Maire',
      ],
    },
    {
      key: 'p-assistant',
      structureKey: 's-cab',
      title: 'Assistant du Cabinet',
      rankKey: 'r-cs',
      reportsToKey: 'p-dc',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Assister le Directeur de cabinet dans le traitement des dossiers du Cabinet',
        'Préparer les réunions du Cabinet et en rédiger les comptes rendus',
      ],
    },
    {
      key: 'p-cp',
      structureKey: 's-cab',
      title: 'Chef de protocole',
      acronym: 'CP',
      rankKey: 'r-diradj',
      reportsToKey: 'p-dc',
      function: 'private_office',
      isHeadOfStructure: false,
      attributions: [
        'Organiser les cérémonies officielles et les déplacements du Maire',
        'Accueillir et accompagner les hôtes de marque de la mairie',
        'Veiller au respect des règles de préséance lors des manifestations officielles',
        'Organiser l’accueil des audiences du Maire en liaison avec le Secrétaire particulier',
      ],
    },
    {
      key: 'p-ctassa',
      structureKey: 's-cab',
      title: 'Conseiller technique aux Affaires sociales et au Suivi des arrondissements',
      acronym: 'CTASSA',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'adviser',
      isHeadOfStructure: false,
      attributions: [
        'Conseiller le Maire sur les questions d’affaires sociales, de santé, d’éducation et de solidarité',
        'Suivre les activités des arrondissements et les relations avec les chefs d’arrondissement',
        'Émettre des avis sur les dossiers sensibles relevant des affaires sociales et des arrondissements',
      ],
    },
    {
      key: 'p-ctef',
      structureKey: 's-cab',
      title: 'Conseiller technique à l’Économie et aux Finances',
      acronym: 'CTEF',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'adviser',
      isHeadOfStructure: false,
      attributions: [
        'Conseiller le Maire sur la politique économique et financière de la commune',
        'Analyser le projet de budget communal et suivre son exécution',
        'Émettre des avis sur les dossiers à incidence financière soumis à la décision du Maire',
      ],
    },
    {
      key: 'p-ctaj',
      structureKey: 's-cab',
      title: 'Conseiller technique aux Affaires juridiques',
      acronym: 'CTAJ',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'adviser',
      isHeadOfStructure: false,
      attributions: [
        'Conseiller le Maire sur les questions juridiques et contentieuses',
        'Examiner la légalité des projets d’arrêtés, de délibérations et de contrats de la commune',
        'Suivre le contentieux de la commune en liaison avec les avocats-conseils',
      ],
    },
    {
      key: 'p-cm-cdi',
      structureKey: 's-cab',
      title: 'Chargé de mission à la Coopération décentralisée et à l’Intercommunalité',
      acronym: 'CM-CDI',
      rankKey: 'r-dir',
      reportsToKey: 'p-dc',
      function: 'adviser',
      isHeadOfStructure: false,
      attributions: [
        'Suivre la mise en œuvre des accords de coopération décentralisée et de jumelage de la commune',
        'Préparer la participation de la commune aux instances intercommunales',
        'Rechercher des partenaires techniques et financiers pour les projets de la commune',
      ],
    },
    {
      key: 'p-sp',
      structureKey: 's-cab-sp',
      title: 'Secrétaire particulier',
      acronym: 'SP',
      rankKey: 'r-cs',
      reportsToKey: 'p-dc',
      function: 'private_office',
      isHeadOfStructure: true,
      attributions: [
        'Recevoir, enregistrer et ventiler le courrier du Directeur de cabinet',
        'Tenir l’agenda du Maire en liaison avec le Directeur de cabinet',
        'Recevoir et trier les demandes d’audience adressées au Maire',
        'Assurer la confidentialité des affaires réservées',
      ],
    },
    {
      key: 'p-sa-dac',
      structureKey: 's-cab-sa-dac',
      title: 'Secrétaire administratif du Directeur adjoint de cabinet',
      rankKey: 'r-cd',
      reportsToKey: 'p-dac',
      function: 'private_office',
      isHeadOfStructure: true,
      attributions: [
        'Assurer le secrétariat du Directeur adjoint de cabinet',
        'Enregistrer, suivre et archiver les dossiers imputés au Directeur adjoint de cabinet',
      ],
    },
    {
      key: 'p-sa-cons',
      structureKey: 's-cab-sa-cons',
      title: 'Secrétaire administratif des Conseillers techniques et Chargés de mission',
      rankKey: 'r-cd',
      reportsToKey: 'p-dc',
      function: 'member',
      isHeadOfStructure: true,
      attributions: [
        'Assurer le secrétariat commun des Conseillers techniques, des Chargés de mission et du Chef de protocole',
        'Enregistrer et suivre les dossiers soumis à l’avis des conseillers',
      ],
    },

    // --- Direction de la Police municipale (attached to the Cabinet) ---
    {
      key: 'p-dpm',
      structureKey: 's-dpm',
      title: 'Directeur de la Police municipale',
      acronym: 'DPM',
      rankKey: 'r-dir',
      reportsToKey: 'p-maire',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction de la Police municipale et organiser le service des agents',
        'Rendre compte au Maire de la situation sécuritaire de la commune',
      ],
    },
    {
      key: 'p-chef-brigade',
      structureKey: 's-dpm',
      title: 'Chef de la Brigade d’intervention',
      rankKey: 'r-cd',
      reportsToKey: 'p-dpm',
      function: 'member',
      isHeadOfStructure: false,
      attributions: ['Commander les patrouilles de la Police municipale', 'Dresser les procès-verbaux des infractions constatées'],
    },

    // --- Cellule de communication (attached to the Cabinet) ---
    {
      key: 'p-chef-ccom',
      structureKey: 's-ccom',
      title: 'Chef de la Cellule de communication',
      rankKey: 'r-cs',
      reportsToKey: 'p-maire',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: ['Diriger la Cellule de communication', 'Préparer les communiqués et les dossiers de presse de la mairie'],
    },
    {
      key: 'p-charge-com',
      structureKey: 's-ccom',
      title: 'Chargé de la communication numérique',
      rankKey: 'r-agent',
      reportsToKey: 'p-chef-ccom',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Publier les informations de la mairie sur le site internet et les réseaux sociaux',
        'Réaliser les reportages photographiques des activités officielles',
      ],
    },

    // --- Secrétariat général de la mairie ---
    {
      key: 'p-sg',
      structureKey: 's-sgm',
      title: 'Secrétaire général de la mairie',
      acronym: 'SGM',
      rankKey: 'r-sg',
      reportsToKey: 'p-maire',
      function: 'secretary_general',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Secrétariat général et coordonner les directions techniques de la mairie',
        'Émettre un avis technique sur les dossiers soumis à la décision du Maire',
        'Préparer les sessions du conseil communal et suivre l’exécution de ses délibérations',
        'Présider les dialogues de gestion de la mairie',
      ],
    },
    {
      key: 'p-chef-sa-sg',
      structureKey: 's-sgm-sa',
      title: 'Chef du Secrétariat administratif',
      rankKey: 'r-cd',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Secrétariat administratif et organiser l’enregistrement du courrier',
        'Veiller à la traçabilité des dossiers soumis au Secrétaire général',
      ],
    },
    {
      key: 'p-admin-si',
      structureKey: 's-sgm-sa',
      title: 'Chargé de l’informatique et des systèmes d’information',
      rankKey: 'r-agent',
      reportsToKey: 'p-chef-sa-sg',
      function: 'member',
      isHeadOfStructure: false,
      attributions: [
        'Administrer les applications de gestion de la mairie et les comptes de leurs utilisateurs',
        'Assurer la maintenance du parc informatique et la sauvegarde des données',
      ],
    },

    // --- Direction des Services techniques ---
    {
      key: 'p-dst',
      structureKey: 's-dst',
      title: 'Directeur des Services techniques',
      acronym: 'DST',
      rankKey: 'r-dir',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction des Services techniques',
        'Superviser les chantiers de la commune et en rendre compte au Secrétaire général',
        'Valider les études et les dossiers techniques des projets communaux',
      ],
    },
    {
      // vacant post (poste à pourvoir)
      key: 'p-chef-sua',
      structureKey: 's-dst-sua',
      title: 'Chef du Service de l’Urbanisme et des Affaires domaniales',
      rankKey: 'r-cs',
      reportsToKey: 'p-dst',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service de l’Urbanisme et des Affaires domaniales',
        'Préparer les avis techniques sur les demandes de permis de construire',
      ],
    },
    {
      key: 'p-chef-sia',
      structureKey: 's-dst-sia',
      title: 'Chef du Service des Infrastructures et de l’Assainissement',
      rankKey: 'r-cs',
      reportsToKey: 'p-dst',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service des Infrastructures et de l’Assainissement',
        'Contrôler la qualité des travaux exécutés par les entreprises',
      ],
    },

    // --- Direction du Développement local et de la Planification ---
    {
      key: 'p-ddlp',
      structureKey: 's-ddlp',
      title: 'Directeur du Développement local et de la Planification',
      acronym: 'DDLP',
      rankKey: 'r-dir',
      reportsToKey: 'p-sg',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger la Direction du Développement local et de la Planification',
        'Coordonner le suivi-évaluation du Plan de Développement Municipal et valider les données de performance',
      ],
    },
    {
      key: 'p-pf-se',
      structureKey: 's-ddlp',
      title: 'Point focal suivi-évaluation',
      rankKey: 'r-cd',
      reportsToKey: 'p-ddlp',
      function: 'focal_point',
      isHeadOfStructure: false,
      attributions: [
        'Saisir chaque trimestre les réalisations des indicateurs de la mairie',
        'Collecter les données auprès des services et des arrondissements et contrôler leur cohérence',
        'Préparer les tableaux de bord soumis aux dialogues de gestion',
      ],
    },
    {
      key: 'p-chef-spse',
      structureKey: 's-ddlp-spse',
      title: 'Chef du Service de la Planification et du Suivi-Évaluation',
      rankKey: 'r-cs',
      reportsToKey: 'p-ddlp',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: [
        'Diriger le Service de la Planification et du Suivi-Évaluation',
        'Préparer le rapport annuel de performance de la mairie',
      ],
    },
    {
      key: 'p-chef-sdel',
      structureKey: 's-ddlp-sdel',
      title: 'Chef du Service du Développement économique local',
      rankKey: 'r-cs',
      reportsToKey: 'p-ddlp',
      function: 'head_of_structure',
      isHeadOfStructure: true,
      attributions: ['Diriger le Service du Développement économique local', 'Suivre les recettes des équipements marchands de la commune'],
    },
  ],

  // Role-shaped emails for demo accounts; everyone else has firstname.lastname@mairie.demo.bj.
  people: [
    // Direction du Cabinet du Maire
    {
      key: 'pe-dansou',
      civility: 'M.',
      firstName: 'Gérard',
      lastName: 'Dansou',
      email: 'maire@mairie.demo.bj',
      phone: '+229 01 00 00 02 01',
      postKey: 'p-maire',
      assignedSince: '2020-06-02',
      account: { role: 'member', label: 'Maire' },
    },
    {
      key: 'pe-ahouandjinou',
      civility: 'Mme',
      firstName: 'Edwige',
      lastName: 'Ahouandjinou',
      email: 'dc@mairie.demo.bj',
      phone: '+229 01 00 00 02 02',
      postKey: 'p-dc',
      assignedSince: '2020-07-01',
      account: { role: 'member', label: 'Directrice de cabinet' },
    },
    {
      key: 'pe-bouraima',
      civility: 'M.',
      firstName: 'Rachidi',
      lastName: 'Bouraïma',
      email: 'dac@mairie.demo.bj',
      phone: '+229 01 00 00 02 03',
      postKey: 'p-dac',
      assignedSince: '2021-02-15',
      account: { role: 'member', label: 'Directeur adjoint de cabinet' },
    },
    {
      key: 'pe-zannou',
      civility: 'Mme',
      firstName: 'Dossi',
      lastName: 'Zannou',
      email: 'dossi.zannou@mairie.demo.bj',
      postKey: 'p-assistant',
      assignedSince: '2021-03-01',
    },
    {
      key: 'pe-kiki',
      civility: 'M.',
      firstName: 'Hippolyte',
      lastName: 'Kiki',
      email: 'protocole@mairie.demo.bj',
      phone: '+229 01 00 00 02 04',
      postKey: 'p-cp',
      assignedSince: '2020-09-07',
      account: { role: 'member', label: 'Chef de protocole' },
    },
    {
      key: 'pe-agbodjogbe',
      civility: 'Mme',
      firstName: 'Odile',
      lastName: 'Agbodjogbé',
      email: 'odile.agbodjogbe@mairie.demo.bj',
      postKey: 'p-ctassa',
      assignedSince: '2020-08-03',
    },
    {
      key: 'pe-olabiyi',
      civility: 'M.',
      firstName: 'Fabrice',
      lastName: 'Olabiyi',
      email: 'fabrice.olabiyi@mairie.demo.bj',
      postKey: 'p-ctef',
      assignedSince: '2022-01-10',
    },
    {
      key: 'pe-issifou',
      civility: 'Mme',
      firstName: 'Yasmine',
      lastName: 'Issifou',
      email: 'conseiller@mairie.demo.bj',
      phone: '+229 01 00 00 02 05',
      postKey: 'p-ctaj',
      assignedSince: '2021-05-03',
      account: { role: 'member', label: 'Conseillère technique aux affaires juridiques' },
    },
    {
      key: 'pe-koudogbo',
      civility: 'M.',
      firstName: 'Enagnon',
      lastName: 'Koudogbo',
      email: 'enagnon.koudogbo@mairie.demo.bj',
      postKey: 'p-cm-cdi',
      assignedSince: '2023-04-17',
    },
    {
      key: 'pe-senou',
      civility: 'M.',
      firstName: 'Armel',
      lastName: 'Sènou',
      email: 'secretariat@mairie.demo.bj',
      phone: '+229 01 00 00 02 06',
      postKey: 'p-sp',
      assignedSince: '2020-07-01',
      account: { role: 'member', label: 'Secrétaire particulier' },
    },
    {
      key: 'pe-dagba',
      civility: 'Mme',
      firstName: 'Victorine',
      lastName: 'Dagba',
      email: 'victorine.dagba@mairie.demo.bj',
      postKey: 'p-sa-dac',
      assignedSince: '2021-02-15',
    },
    {
      key: 'pe-tchibozo',
      civility: 'Mme',
      firstName: 'Huguette',
      lastName: 'Tchibozo',
      email: 'huguette.tchibozo@mairie.demo.bj',
      postKey: 'p-sa-cons',
      assignedSince: '2020-10-05',
    },

    // Direction de la Police municipale and Cellule de communication
    {
      key: 'pe-seidou',
      civility: 'M.',
      firstName: 'Abdou',
      lastName: 'Séidou',
      email: 'abdou.seidou@mairie.demo.bj',
      postKey: 'p-dpm',
      assignedSince: '2019-11-04',
    },
    {
      key: 'pe-hounsou',
      civility: 'M.',
      firstName: 'Janvier',
      lastName: 'Hounsou',
      email: 'janvier.hounsou@mairie.demo.bj',
      postKey: 'p-chef-brigade',
      assignedSince: '2022-06-13',
    },
    {
      key: 'pe-akogbeto',
      civility: 'Mme',
      firstName: 'Carine',
      lastName: 'Akogbéto',
      email: 'carine.akogbeto@mairie.demo.bj',
      postKey: 'p-chef-ccom',
      assignedSince: '2021-09-01',
    },
    {
      key: 'pe-avoce',
      civility: 'M.',
      firstName: 'Wilfried',
      lastName: 'Avocè',
      email: 'wilfried.avoce@mairie.demo.bj',
      postKey: 'p-charge-com',
      assignedSince: '2024-03-04',
    },

    // Secrétariat général de la mairie
    {
      key: 'pe-adegbola',
      civility: 'M.',
      firstName: 'Émile',
      lastName: 'Adégbola',
      email: 'sg@mairie.demo.bj',
      phone: '+229 01 00 00 02 07',
      postKey: 'p-sg',
      assignedSince: '2019-03-18',
      account: { role: 'member', label: 'Secrétaire général de la mairie' },
    },
    {
      key: 'pe-gbaguidi',
      civility: 'Mme',
      firstName: 'Pélagie',
      lastName: 'Gbaguidi',
      email: 'pelagie.gbaguidi@mairie.demo.bj',
      postKey: 'p-chef-sa-sg',
      assignedSince: '2018-01-08',
    },
    {
      key: 'pe-zime',
      civility: 'Mme',
      firstName: 'Ramatou',
      lastName: 'Zimé',
      email: 'admin@mairie.demo.bj',
      phone: '+229 01 00 00 02 08',
      postKey: 'p-admin-si',
      assignedSince: '2023-08-21',
      account: { role: 'admin', label: 'Administratrice de la mairie' },
    },

    // Direction des Services techniques (the head of the SUAD is vacant)
    {
      key: 'pe-ogouwale',
      civility: 'M.',
      firstName: 'Casimir',
      lastName: 'Ogouwalé',
      email: 'directeur@mairie.demo.bj',
      phone: '+229 01 00 00 02 09',
      postKey: 'p-dst',
      assignedSince: '2019-07-01',
      account: { role: 'member', label: 'Directeur des services techniques' },
    },
    {
      key: 'pe-tokpo',
      civility: 'M.',
      firstName: 'Barthélemy',
      lastName: 'Tokpo',
      email: 'barthelemy.tokpo@mairie.demo.bj',
      postKey: 'p-chef-sia',
      assignedSince: '2022-02-01',
    },

    // Direction du Développement local et de la Planification
    {
      key: 'pe-mora',
      civility: 'Mme',
      firstName: 'Fadilatou',
      lastName: 'Mora',
      email: 'fadilatou.mora@mairie.demo.bj',
      postKey: 'p-ddlp',
      assignedSince: '2021-11-15',
    },
    {
      key: 'pe-noudehou',
      civility: 'M.',
      firstName: 'Judicaël',
      lastName: 'Noudéhou',
      email: 'suivi@mairie.demo.bj',
      phone: '+229 01 00 00 02 10',
      postKey: 'p-pf-se',
      assignedSince: '2022-09-05',
      account: { role: 'member', label: 'Point focal suivi-évaluation' },
    },
    {
      key: 'pe-azalou',
      civility: 'Mme',
      firstName: 'Sèna',
      lastName: 'Azalou',
      email: 'sena.azalou@mairie.demo.bj',
      postKey: 'p-chef-spse',
      assignedSince: '2022-09-05',
    },
    {
      key: 'pe-bake',
      civility: 'M.',
      firstName: 'Karim',
      lastName: 'Baké',
      email: 'karim.bake@mairie.demo.bj',
      postKey: 'p-chef-sdel',
      assignedSince: '2023-01-16',
    },
  ],

  interims: [],

  absences: [
    {
      personKey: 'pe-dansou',
      startDate: '2026-12-07',
      endDate: '2026-12-11',
      reason: 'Mission : assises nationales de l’intercommunalité à Cotonou',
    },
  ],

  successionRules: [
    { postKey: 'p-maire', context: 'management_committee', substituteKeys: ['p-dc', 'p-dac'] },
    { postKey: 'p-dc', context: 'any', substituteKeys: ['p-dac'] },
  ],
};

export const demoAdministrations: DemoAdministration[] = [demoMinistry, demoTownHall];

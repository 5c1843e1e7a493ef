// The organisation workbook: its sheets and columns (one definition for the template, the export and the
// import), the French labels of codes, and reading cells whatever Excel or LibreOffice put in them.
import ExcelJS from 'exceljs';
import type { PostFunction, StructureKind } from './organisation.tables.js';

export type ColumnSpec = { key: string; header: string; required: boolean; help: string; width: number };
export type SheetSpec = { name: string; help: string; columns: ColumnSpec[]; example: Record<string, string> };

const col = (key: string, header: string, required: boolean, help: string, width = 24): ColumnSpec => ({
  key,
  header,
  required,
  help,
  width,
});

export const structureKindLabels: Record<StructureKind, string> = {
  cabinet: 'Cabinet',
  general_secretariat: 'Secrétariat général',
  directorate: 'Direction',
  service: 'Service',
  division: 'Division',
  cell: 'Cellule',
  commission: 'Commission',
  attached_body: 'Organisme rattaché',
  secretariat: 'Secrétariat',
};

export const postFunctionLabels: Record<PostFunction, string> = {
  head: 'Chef de l’administration',
  chief_of_staff: 'Directeur de cabinet',
  deputy_chief_of_staff: 'Directeur adjoint de cabinet',
  secretary_general: 'Secrétaire général',
  deputy_secretary_general: 'Secrétaire général adjoint',
  adviser: 'Conseiller',
  private_office: 'Secrétariat particulier',
  head_of_structure: 'Responsable de structure',
  focal_point: 'Point focal',
  member: 'Membre',
};

const listOf = (labels: Record<string, string>) => Object.values(labels).join(' ; ');

export const sheets = {
  ranks: {
    name: 'Rangs',
    help: 'Les rangs administratifs, du plus élevé (niveau 1) au moins élevé.',
    columns: [
      col('name', 'Nom', true, 'Nom du rang, unique (ex. Directeur, Chef de service).', 30),
      col('level', 'Niveau', true, 'Nombre entier de 1 à 100 ; 1 est le rang le plus élevé.', 10),
    ],
    example: { name: 'Chef de service', level: '4' },
  },
  structures: {
    name: 'Structures',
    help: 'Les structures de l’organigramme (cabinet, secrétariat général, directions, services, cellules...).',
    columns: [
      col(
        'key',
        'Clé',
        true,
        'Code court et unique dans le classeur (structures et postes confondus), repris dans les autres feuilles.',
        14,
      ),
      col('name', 'Nom', true, 'Nom complet de la structure.', 45),
      col('kind', 'Type', true, `Une des valeurs : ${listOf(structureKindLabels)}.`, 20),
      col('acronym', 'Sigle', false, 'Sigle usuel (ex. DPM).', 10),
      col(
        'parent',
        'Structure parente (clé)',
        false,
        'Clé de la structure dont elle relève (autorité). Vide pour une structure de tête.',
        22,
      ),
      col(
        'attachedTo',
        'Rattachée à (clé)',
        false,
        'Clé de la structure à laquelle elle est rattachée sans en relever (ex. police municipale rattachée au cabinet).',
        22,
      ),
      col('order', 'Ordre', false, 'Nombre entier pour l’ordre d’affichage.', 8),
    ],
    example: {
      key: 'DPM',
      name: 'Direction de la Police municipale',
      kind: 'Direction',
      acronym: 'DPM',
      parent: '',
      attachedTo: 'CAB',
      order: '5',
    },
  },
  posts: {
    name: 'Postes',
    help: 'Les postes de chaque structure (Directeur de cabinet, Conseiller technique, Chef de service...).',
    columns: [
      col('key', 'Clé', true, 'Code court et unique dans le classeur (structures et postes confondus).', 14),
      col('title', 'Intitulé', true, 'Intitulé du poste.', 40),
      col('acronym', 'Sigle', false, 'Sigle usuel (ex. DC, CTAJ).', 10),
      col('structure', 'Structure (clé)', true, 'Clé de la structure du poste.', 16),
      col('rank', 'Rang', false, 'Nom d’un rang de la feuille Rangs ou d’un rang existant.', 18),
      col('reportsTo', 'Relève du poste (clé)', false, 'Clé du poste supérieur hiérarchique.', 20),
      col('function', 'Fonction', false, `Rôle dans le pilotage, une des valeurs : ${listOf(postFunctionLabels)}. Membre par défaut.`, 26),
      col('isHead', 'Responsable de la structure', false, 'oui ou non (non par défaut) ; un seul responsable par structure.', 14),
      col('order', 'Ordre', false, 'Nombre entier pour l’ordre d’affichage.', 8),
    ],
    example: {
      key: 'DPM-DIR',
      title: 'Directeur de la Police municipale',
      acronym: 'DPM',
      structure: 'DPM',
      rank: 'Directeur',
      reportsTo: '',
      function: 'Responsable de structure',
      isHead: 'oui',
      order: '1',
    },
  },
  attributions: {
    name: 'Attributions',
    help: 'Les attributions (missions) des structures et des postes, une par ligne, dans l’ordre des textes.',
    columns: [
      col('owner', 'Clé de la structure ou du poste', true, 'Clé d’une ligne de la feuille Structures ou Postes.', 20),
      col('text', 'Attribution', true, 'Texte de l’attribution (au plus 2000 caractères).', 90),
    ],
    example: { owner: 'DPM', text: 'D’assurer le maintien de l’ordre public sur le territoire de la commune' },
  },
  persons: {
    name: 'Personnes',
    help: 'Les personnes (agents, responsables) de l’administration.',
    columns: [
      col('key', 'Clé', true, 'Code unique de la personne dans le classeur (ex. son matricule).', 14),
      col('civility', 'Civilité', true, 'M. ou Mme.', 10),
      col('firstName', 'Prénom', true, 'Prénom(s).', 20),
      col('lastName', 'Nom', true, 'Nom de famille.', 20),
      col('email', 'Courriel', false, 'Adresse électronique.', 30),
      col('phone', 'Téléphone', false, 'Numéro de téléphone.', 20),
    ],
    example: { key: 'AG-001', civility: 'M.', firstName: 'Koffi', lastName: 'Agossou', email: 'koffi.agossou@exemple.bj', phone: '' },
  },
  assignments: {
    name: 'Affectations',
    help: 'Qui occupe quel poste, depuis quand (et jusqu’à quand).',
    columns: [
      col('person', 'Personne (clé)', true, 'Clé de la personne (feuille Personnes) ou courriel d’une personne existante.', 16),
      col('post', 'Poste (clé)', true, 'Clé du poste (feuille Postes).', 16),
      col('startDate', 'Date de début', true, 'Date AAAA-MM-JJ, JJ/MM/AAAA ou date Excel.', 14),
      col('endDate', 'Date de fin', false, 'Vide tant que la personne est en fonction.', 14),
    ],
    example: { person: 'AG-001', post: 'DPM-DIR', startDate: '2024-01-15', endDate: '' },
  },
  interims: {
    name: 'Intérims',
    help: 'Les intérims : une personne assure un poste pendant une période, en vertu d’un acte.',
    columns: [
      col('post', 'Poste (clé)', true, 'Clé du poste dont l’intérim est assuré.', 16),
      col('person', 'Personne (clé)', true, 'Clé de la personne qui assure l’intérim.', 16),
      col('startDate', 'Date de début', true, 'Date AAAA-MM-JJ, JJ/MM/AAAA ou date Excel.', 14),
      col('endDate', 'Date de fin', true, 'Date de fin (incluse).', 14),
      col('legalReference', 'Référence de l’acte', true, 'Note de service, arrêté ou décision qui confie l’intérim.', 40),
      col('reason', 'Motif', false, 'Congé, mission...', 30),
    ],
    example: {
      post: 'DPM-DIR',
      person: 'AG-001',
      startDate: '2026-08-03',
      endDate: '2026-08-21',
      legalReference: 'Note de service n°2026-012/MZG/SG',
      reason: 'Congé annuel du titulaire',
    },
  },
} satisfies Record<string, SheetSpec>;

export type SheetId = keyof typeof sheets;
export const sheetOrder: SheetId[] = ['ranks', 'structures', 'posts', 'attributions', 'persons', 'assignments', 'interims'];

// Case, accents, apostrophes and spaces do not matter when matching names and labels.
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// A cell as text: rich text, hyperlinks (e-mails), formulas and dates included.
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

// Dates as Excel gives them: a Date, a serial number, AAAA-MM-JJ or JJ/MM/AAAA.
export function parseDateCell(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) return isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && value > 0 && value < 2958466) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86400000).toISOString().slice(0, 10);
  }
  const text = cellText(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

export type SheetRow = { row: number; cells: Record<string, ExcelJS.CellValue> };
export type ReadSheet = { rows: SheetRow[]; missingColumns: string[] };

// Columns are found by their header (ignoring case and accents); the template's untouched example row is skipped.
export function readSheet(worksheet: ExcelJS.Worksheet | undefined, spec: SheetSpec): ReadSheet {
  if (!worksheet) return { rows: [], missingColumns: [] };
  const header = worksheet.getRow(1);
  const positions = new Map<string, number>();
  header.eachCell((cell, colNumber) => {
    const found = spec.columns.find((c) => normalise(c.header) === normalise(cellText(cell.value)));
    if (found && !positions.has(found.key)) positions.set(found.key, colNumber);
  });
  const missingColumns = spec.columns.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, ExcelJS.CellValue> = {};
    for (const c of spec.columns) cells[c.key] = positions.has(c.key) ? row.getCell(positions.get(c.key)!).value : null;
    const texts = spec.columns.map((c) => cellText(cells[c.key] ?? null));
    if (texts.every((t) => t === '')) return;
    if (spec.columns.every((c, i) => texts[i] === (spec.example[c.key as keyof typeof spec.example] ?? ''))) return;
    rows.push({ row: rowNumber, cells });
  });
  return { rows, missingColumns };
}

// Adds a sheet with bold headers, each column's help as a note, and rows.
export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, rows: Record<string, string | number | null>[]) {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F2' } };
  spec.columns.forEach((c, i) => {
    header.getCell(i + 1).note = `${c.required ? 'Obligatoire. ' : 'Facultatif. '}${c.help}`;
  });
  for (const r of rows) sheet.addRow(r);
  return sheet;
}

// The "Lisez-moi" sheet: what each sheet and column means, in French.
export function addReadme(workbook: ExcelJS.Workbook, title: string) {
  const sheet = workbook.addWorksheet('Lisez-moi');
  sheet.columns = [
    { key: 'a', width: 32 },
    { key: 'b', width: 14 },
    { key: 'c', width: 110 },
  ];
  const lines: [string, string, string][] = [
    [title, '', ''],
    ['', '', ''],
    ['Comment importer', '', ''],
    [
      '1.',
      '',
      'Remplissez les feuilles utiles ; les feuilles absentes ou vides sont ignorées. La ligne 1 de chaque feuille contient les en-têtes : ne les modifiez pas.',
    ],
    [
      '2.',
      '',
      'La ligne 2 de chaque feuille du modèle est un exemple : elle est ignorée tant qu’elle n’est pas modifiée. Vous pouvez la supprimer.',
    ],
    [
      '3.',
      '',
      'Les feuilles se référencent par la colonne « Clé » : une clé est un code court, unique dans le classeur (structures et postes confondus).',
    ],
    [
      '4.',
      '',
      'Une référence peut aussi désigner un élément déjà enregistré : une structure par son nom ou son sigle, un poste par son sigle ou son intitulé, une personne par son courriel, un rang par son nom.',
    ],
    [
      '5.',
      '',
      'Les éléments existants sont reconnus sans tenir compte des majuscules ni des accents : rangs par le nom, structures par le nom, postes par la structure et l’intitulé, personnes par le courriel (sinon prénom et nom). Ils sont mis à jour ; les autres sont créés.',
    ],
    [
      '6.',
      '',
      'L’import ne supprime rien. Les attributions, affectations et intérims déjà présents sont conservés (les doublons sont ignorés).',
    ],
    [
      '7.',
      '',
      'Toutes les lignes sont vérifiées avant l’import : s’il y a une seule erreur, rien n’est importé et la liste des lignes refusées est affichée.',
    ],
    ['', '', ''],
    ['Feuille', 'Colonne', 'Description'],
  ];
  for (const id of sheetOrder) {
    const spec: SheetSpec = sheets[id];
    lines.push([spec.name, '', spec.help]);
    for (const c of spec.columns) lines.push(['', c.header, `${c.required ? 'Obligatoire. ' : 'Facultatif. '}${c.help}`]);
  }
  lines.forEach((l) => sheet.addRow(l));
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(3).font = { bold: true };
  sheet.getRow(12).font = { bold: true };
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  sheet.eachRow((row) => {
    if (sheetOrder.some((id) => sheets[id].name === row.getCell(1).value)) row.font = { bold: true };
  });
  return sheet;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pilotage';
  workbook.created = new Date();
  return workbook;
}

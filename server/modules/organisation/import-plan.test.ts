import { describe, expect, it } from 'vitest';
import { planImport, type Existing, type ReadWorkbook } from './import-plan.js';
import { cellText, normalise, parseDateCell, sheetOrder, type SheetRow } from './organisation-workbook.js';

const emptyExisting: Existing = { ranks: [], structures: [], posts: [], attributions: [], persons: [], assignments: [], interims: [] };

function workbook(rows: Partial<Record<keyof ReadWorkbook, Record<string, string>[]>>): ReadWorkbook {
  const read = {} as ReadWorkbook;
  for (const id of sheetOrder) {
    read[id] = { missingColumns: [], rows: (rows[id] ?? []).map((cells, i): SheetRow => ({ row: i + 2, cells })) };
  }
  return read;
}

let counter = 0;
const newId = () => `id-${++counter}`;

describe('reading cells', () => {
  it('reads dates as Excel, LibreOffice and people write them', () => {
    expect(parseDateCell(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(parseDateCell(46027)).toBe('2026-01-05'); // an Excel serial number
    expect(parseDateCell('2026-01-05')).toBe('2026-01-05');
    expect(parseDateCell('5/1/2026')).toBe('2026-01-05');
    expect(parseDateCell('2026-02-30')).toBeNull();
    expect(parseDateCell('demain')).toBeNull();
  });

  it('reads rich text, hyperlinks and formulas as text', () => {
    expect(cellText({ richText: [{ text: 'Cellule ' }, { text: 'juridique' }] })).toBe('Cellule juridique');
    expect(cellText({ text: 'a@b.bj', hyperlink: 'mailto:a@b.bj' })).toBe('a@b.bj');
    expect(cellText({ formula: '1+1', result: 2 })).toBe('2');
    expect(normalise('  Sécurité   PUBLIQUE’ ')).toBe("securite publique'");
  });
});

describe('planImport', () => {
  it('plans structures whose parent comes later in the sheet, and posts of new ranks', () => {
    const result = planImport(
      workbook({
        ranks: [{ name: 'Chef de bureau', level: '7' }],
        structures: [
          { key: 'B', name: 'Bureau', kind: 'Division', parent: 'S' },
          { key: 'S', name: 'Service', kind: 'service' },
        ],
        posts: [{ key: 'P', title: 'Chef du bureau', structure: 'B', rank: 'chef de bureau', isHead: 'oui' }],
      }),
      emptyExisting,
      'fr',
      newId,
    );
    expect(result.refused).toBeUndefined();
    const plan = result.plan!;
    const [bureau, service] = plan.structures.create;
    expect(bureau).toMatchObject({ name: 'Bureau', kind: 'division', parentId: service!.id });
    expect(plan.posts.create[0]).toMatchObject({ structureId: bureau!.id, rankId: plan.ranks.create[0]!.id, isHeadOfStructure: true });
  });

  it('refuses loops, unknown references and bad values, row by row', () => {
    const result = planImport(
      workbook({
        structures: [
          { key: 'A', name: 'A', kind: 'Service', parent: 'B' },
          { key: 'B', name: 'B', kind: 'Service', parent: 'A' },
          { key: 'a', name: 'C', kind: 'Royaume' },
        ],
        posts: [{ key: 'P', title: 'Poste', structure: 'Z', rank: 'Inconnu' }],
      }),
      emptyExisting,
      'en',
      newId,
    );
    expect(result.plan).toBeUndefined();
    expect(result.refused!.map((r) => `${r.sheet}:${r.row}:${r.field}`)).toEqual([
      'Structures:2:Structure parente (clé)',
      'Structures:3:Structure parente (clé)',
      'Structures:4:Clé',
      'Structures:4:Type',
      'Postes:2:Structure (clé)',
      'Postes:2:Rang',
    ]);
    expect(result.refused![0]!.message).toBe('This structure (or post) would depend on itself.');
  });

  it('updates what exists, matched ignoring case and accents, and leaves the rest', () => {
    const existing: Existing = {
      ...emptyExisting,
      structures: [
        { id: 's1', name: 'Cellule de communication', acronym: 'CCOM', kind: 'cell', parentId: null, attachedToId: null, sortOrder: 3 },
      ],
      persons: [{ id: 'p1', civility: 'Mme', firstName: 'Afiavi', lastName: 'Hounkpatin', email: 'afiavi@exemple.bj', phone: null }],
      attributions: [{ structureId: 's1', postId: null, text: 'Gérer la presse' }],
    };
    const result = planImport(
      workbook({
        structures: [{ key: 'C', name: 'CELLULE DE COMMUNICATION', kind: 'Cellule', acronym: 'CCOM' }],
        attributions: [
          { owner: 'C', text: 'gerer la presse' },
          { owner: 'C', text: 'Animer le site internet' },
        ],
        persons: [
          { key: 'X', civility: 'Madame', firstName: 'Afiavi', lastName: 'Hounkpatin', email: 'AFIAVI@exemple.bj', phone: '+229 01' },
        ],
      }),
      existing,
      'fr',
      newId,
    );
    const plan = result.plan!;
    expect(plan.structures.create).toEqual([]);
    expect(plan.structures.update).toMatchObject([{ after: { id: 's1', name: 'CELLULE DE COMMUNICATION', sortOrder: 3 } }]);
    expect(plan.attributions.create).toEqual([{ structureId: 's1', postId: null, text: 'Animer le site internet', position: 1 }]);
    expect(plan.persons.update).toMatchObject([{ after: { id: 'p1', email: 'AFIAVI@exemple.bj', phone: '+229 01' } }]);
  });
});

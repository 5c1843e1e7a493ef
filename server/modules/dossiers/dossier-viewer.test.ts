import { describe, expect, it } from 'vitest';
import type { Permission } from '../../platform/http/access.js';
import type { Position } from '../organisation/positions.service.js';
import { describeViewer } from './dossier-viewer.js';

const position = (overrides: Partial<Position>): Position => ({
  postId: 'p1',
  postTitle: 'Poste',
  function: 'member',
  isHeadOfStructure: false,
  isInterim: false,
  structureId: 's1',
  structureKind: 'directorate',
  parentStructureKind: null,
  ...overrides,
});
const all = new Set<Permission>(['dossiers.read', 'dossiers.register', 'dossiers.assign', 'dossiers.opinion', 'dossiers.decide']);
const readOnly = new Set<Permission>(['dossiers.read']);

describe('what a person sees of dossiers', () => {
  it('shows every level to the head and the DC', () => {
    expect(describeViewer([position({ function: 'head', structureKind: 'cabinet' })], all).wideLevels).toEqual([
      'normal',
      'sensitive',
      'reserved',
    ]);
    expect(describeViewer([position({ function: 'chief_of_staff', structureKind: 'cabinet' })], all).wideLevels).toEqual([
      'normal',
      'sensitive',
      'reserved',
    ]);
  });

  it('shows normal and sensitive dossiers to the cabinet (its own units included) and to the SG', () => {
    expect(describeViewer([position({ function: 'adviser', structureKind: 'cabinet' })], all).wideLevels).toEqual(['normal', 'sensitive']);
    expect(describeViewer([position({ structureKind: 'secretariat', parentStructureKind: 'cabinet' })], readOnly).wideLevels).toEqual([
      'normal',
      'sensitive',
    ]);
    expect(
      describeViewer([position({ function: 'deputy_secretary_general', structureKind: 'general_secretariat' })], all).wideLevels,
    ).toEqual(['normal', 'sensitive']);
  });

  it('shows normal dossiers to the registry, and nothing across the administration to a director', () => {
    expect(
      describeViewer([position({ structureKind: 'secretariat', parentStructureKind: 'general_secretariat' })], all).wideLevels,
    ).toEqual(['normal']);
    const director = describeViewer([position({ function: 'head_of_structure', isHeadOfStructure: true, structureId: 'dtt' })], readOnly);
    expect(director.wideLevels).toEqual([]);
    expect(director.structureIds).toEqual(['dtt']);
  });

  it('signs opinions in the name of the post that gives them, saying when it is held by interim', () => {
    const actingSg = describeViewer(
      [
        position({ function: 'head_of_structure', isHeadOfStructure: true, postTitle: 'Directeur', structureId: 'dtt' }),
        position({ function: 'secretary_general', isInterim: true, postTitle: 'Secrétaire général', structureKind: 'general_secretariat' }),
      ],
      all,
    );
    expect(actingSg.opinionTypes).toEqual(['technical']);
    expect(actingSg.opinionPosts.technical).toEqual({ postId: 'p1', postTitle: 'Secrétaire général', isInterim: true });
    expect(actingSg.opinionPosts['structure:dtt']).toMatchObject({ postTitle: 'Directeur', isInterim: false });
    expect(actingSg.headedStructureIds).toEqual(['dtt']);
    expect(actingSg.mainPost).toMatchObject({ postTitle: 'Directeur' });
  });

  it('gives no opinion or assignment without the permission, whatever the post', () => {
    const sg = describeViewer([position({ function: 'secretary_general' })], readOnly);
    expect(sg.opinionTypes).toEqual([]);
    expect(sg.canAssign).toBe(false);
  });
});

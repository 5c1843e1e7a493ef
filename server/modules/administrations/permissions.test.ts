import { describe, expect, it } from 'vitest';
import { computePermissions } from './permissions.js';

describe('computePermissions', () => {
  it('gives nothing to someone who is not a member', () => {
    expect([...computePermissions({ isPlatformAdmin: false, role: null, functions: ['head'] })]).toEqual([]);
  });

  it('lets every member read the organisation but not change it', () => {
    const granted = computePermissions({ isPlatformAdmin: false, role: 'member', functions: ['adviser'] });
    expect(granted.has('organisation.read')).toBe(true);
    expect(granted.has('organisation.manage')).toBe(false);
    expect(granted.has('audit.read')).toBe(false);
  });

  it('lets the chief of staff manage the organisation and read its history', () => {
    const granted = computePermissions({ isPlatformAdmin: false, role: 'member', functions: ['chief_of_staff'] });
    expect(granted.has('organisation.manage')).toBe(true);
    expect(granted.has('audit.read')).toBe(true);
    expect(granted.has('administration.manage')).toBe(false);
  });

  it('gives the administration administrator the management of the administration', () => {
    const granted = computePermissions({ isPlatformAdmin: false, role: 'admin', functions: [] });
    expect(granted.has('administration.manage')).toBe(true);
    expect(granted.has('platform.manage')).toBe(false);
  });

  it('gives the platform administrator everything', () => {
    expect(computePermissions({ isPlatformAdmin: true, role: null, functions: [] }).has('platform.manage')).toBe(true);
  });

  it('lets every member read the follow-up and report progress, and the issuer side issue directives', () => {
    const director = computePermissions({ isPlatformAdmin: false, role: 'member', functions: ['head_of_structure'] });
    expect(director.has('followup.read')).toBe(true);
    expect(director.has('followup.report')).toBe(true);
    expect(director.has('followup.issue')).toBe(false);
    for (const fn of ['head', 'chief_of_staff', 'deputy_chief_of_staff', 'secretary_general']) {
      expect(computePermissions({ isPlatformAdmin: false, role: 'member', functions: [fn] }).has('followup.issue')).toBe(true);
    }
    expect(computePermissions({ isPlatformAdmin: false, role: 'member', functions: ['adviser'] }).has('followup.issue')).toBe(false);
    expect(computePermissions({ isPlatformAdmin: false, role: 'admin', functions: [] }).has('followup.issue')).toBe(true);
  });
});

describe('results permissions', () => {
  const of = (functions: string[], role: 'admin' | 'member' = 'member') => computePermissions({ isPlatformAdmin: false, role, functions });

  it('lets every member read results and only the cabinet, the SG and administrators edit the framework', () => {
    expect(of(['member']).has('results.read')).toBe(true);
    expect(of(['member']).has('results.manage')).toBe(false);
    for (const fn of ['head', 'chief_of_staff', 'deputy_chief_of_staff', 'secretary_general'])
      expect(of([fn]).has('results.manage')).toBe(true);
    expect(of([], 'admin').has('results.manage')).toBe(true);
  });

  it('gives each step of a measurement to its function', () => {
    expect(of(['focal_point']).has('measurements.enter')).toBe(true);
    expect(of(['head_of_structure']).has('measurements.review')).toBe(true);
    expect(of(['head_of_structure']).has('measurements.validate')).toBe(false);
    expect(of(['secretary_general']).has('measurements.validate')).toBe(true);
    expect(of(['adviser']).has('measurements.enter')).toBe(false);
  });
});

describe('agenda permissions', () => {
  it('lets every member read the agenda', () => {
    const granted = computePermissions({ isPlatformAdmin: false, role: 'member', functions: ['member'] });
    expect(granted.has('agenda.read')).toBe(true);
    expect(granted.has('agenda.manage')).toBe(false);
  });

  it.each(['head', 'chief_of_staff', 'deputy_chief_of_staff', 'private_office'])('lets the %s manage the agenda', (fn) => {
    expect(computePermissions({ isPlatformAdmin: false, role: 'member', functions: [fn] }).has('agenda.manage')).toBe(true);
  });

  it.each(['adviser', 'secretary_general', 'head_of_structure'])('does not let the %s manage the agenda', (fn) => {
    expect(computePermissions({ isPlatformAdmin: false, role: 'member', functions: [fn] }).has('agenda.manage')).toBe(false);
  });

  it('does not give the agenda to the administration administrator for being one', () => {
    expect(computePermissions({ isPlatformAdmin: false, role: 'admin', functions: [] }).has('agenda.manage')).toBe(false);
  });
});

describe('dossier permissions', () => {
  const of = (functions: string[], placements: 'mail_registry'[] = [], role: 'admin' | 'member' = 'member') =>
    computePermissions({ isPlatformAdmin: false, role, functions, placements });

  it('lets every member read dossiers (their confidentiality then decides which)', () => {
    expect(of(['member']).has('dossiers.read')).toBe(true);
  });

  it('gives registration to the private office, the general secretariat’s registry and the administrator', () => {
    expect(of(['private_office']).has('dossiers.register')).toBe(true);
    expect(of(['head_of_structure'], ['mail_registry']).has('dossiers.register')).toBe(true);
    expect(of([], [], 'admin').has('dossiers.register')).toBe(true);
    expect(of(['head_of_structure']).has('dossiers.register')).toBe(false);
  });

  it('gives assignment to the head, the DC and the DAC; opinions to the SG, the cabinet and heads of structure', () => {
    for (const fn of ['head', 'chief_of_staff', 'deputy_chief_of_staff']) expect(of([fn]).has('dossiers.assign')).toBe(true);
    expect(of(['secretary_general']).has('dossiers.assign')).toBe(false);
    for (const fn of ['secretary_general', 'deputy_secretary_general', 'adviser', 'chief_of_staff', 'head_of_structure']) {
      expect(of([fn]).has('dossiers.opinion')).toBe(true);
    }
    expect(of(['private_office']).has('dossiers.opinion')).toBe(false);
  });

  it('lets the head decide, and the DC and DAC only as candidates (checked per dossier against the interims)', () => {
    expect(of(['head']).has('dossiers.decide')).toBe(true);
    expect(of(['chief_of_staff']).has('dossiers.decide')).toBe(true);
    expect(of(['adviser']).has('dossiers.decide')).toBe(false);
  });

  it('keeps the integrity check for administrators', () => {
    expect(of([], [], 'admin').has('dossiers.verify')).toBe(true);
    expect(of(['head', 'chief_of_staff']).has('dossiers.verify')).toBe(false);
  });
});

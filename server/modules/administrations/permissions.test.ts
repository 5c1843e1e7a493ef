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

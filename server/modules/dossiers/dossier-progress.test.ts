import { describe, expect, it } from 'vitest';
import {
  computeSteps,
  currentDesks,
  heldSince,
  isLate,
  nextRequestToOpen,
  openRequests,
  planCircuit,
  requestsToOpenAtStart,
  type RequestState,
} from './dossier-progress.js';

const opened = new Date(Date.UTC(2026, 10, 2));
const request = (
  position: number,
  type: RequestState['type'],
  opinionId: string | null = null,
  round = 1,
  openedAt: Date | null = opened,
): RequestState => ({
  round,
  position,
  type,
  structureId: type === 'structure' ? 's-cj' : null,
  openedAt,
  opinionId,
});

describe('the circuit of a dossier', () => {
  it('gives the SG’s technical opinion by default, and adds the cabinet’s for sensitive and reserved dossiers', () => {
    expect(planCircuit(null, 'normal').steps.map((s) => s.type)).toEqual(['technical']);
    expect(planCircuit(null, 'sensitive').steps.map((s) => s.type)).toEqual(['technical', 'cabinet']);
    expect(planCircuit(null, 'reserved').steps.map((s) => s.type)).toEqual(['technical', 'cabinet']);
  });

  it('keeps a configured circuit, adding the cabinet only when missing', () => {
    const legal = {
      mode: 'parallel' as const,
      steps: [
        { type: 'structure' as const, structureId: 's-cj' },
        { type: 'cabinet' as const, structureId: null },
      ],
    };
    expect(planCircuit(legal, 'sensitive')).toEqual(legal);
    expect(planCircuit({ mode: 'sequential', steps: [] }, 'normal').steps).toEqual([]);
    expect(planCircuit({ mode: 'sequential', steps: [] }, 'reserved').steps).toEqual([{ type: 'cabinet', structureId: null }]);
  });

  it('opens one request at a time in sequence, all of them in parallel', () => {
    expect(requestsToOpenAtStart('sequential', 3)).toEqual([1]);
    expect(requestsToOpenAtStart('parallel', 3)).toEqual([1, 2, 3]);
    expect(requestsToOpenAtStart('sequential', 0)).toEqual([]);
    const sequence = [request(1, 'technical', 'o1'), request(2, 'cabinet', null, 1, null), request(3, 'structure', null, 1, null)];
    expect(nextRequestToOpen('sequential', 1, sequence)?.position).toBe(2);
    expect(nextRequestToOpen('parallel', 1, sequence)).toBeNull();
    // the next one is already open: nothing more to open
    expect(nextRequestToOpen('sequential', 1, [request(1, 'technical', 'o1'), request(2, 'cabinet')])).toBeNull();
  });

  it('lists the requests of the current round that reached their desk and wait for an opinion', () => {
    const requests = [
      request(1, 'technical', 'o1'),
      request(2, 'cabinet'),
      request(3, 'structure', null, 1, null),
      request(1, 'technical', null, 0),
    ];
    expect(openRequests({ round: 1 }, requests).map((r) => r.position)).toEqual([2]);
  });
});

describe('who holds a dossier', () => {
  const base = { circuitMode: 'sequential' as const, round: 1, registeredByStructureId: 's-sp', deadline: null };

  it('follows the status', () => {
    expect(currentDesks({ ...base, status: 'registered' }, [])).toEqual([{ type: 'imputation' }]);
    expect(currentDesks({ ...base, status: 'in_review' }, [request(1, 'technical')])).toEqual([
      { type: 'opinion', opinionType: 'technical', structureId: null },
    ]);
    expect(currentDesks({ ...base, status: 'awaiting_decision' }, [])).toEqual([{ type: 'decision' }]);
    expect(currentDesks({ ...base, status: 'decided' }, [])).toEqual([{ type: 'registry', structureId: 's-sp' }]);
    expect(currentDesks({ ...base, status: 'filed' }, [])).toEqual([]);
  });

  it('is late only while open and past its deadline', () => {
    expect(isLate({ status: 'in_review', deadline: '2026-11-20' }, '2026-11-22')).toBe(true);
    expect(isLate({ status: 'in_review', deadline: '2026-11-22' }, '2026-11-22')).toBe(false);
    expect(isLate({ status: 'decided', deadline: '2026-11-20' }, '2026-11-22')).toBe(false);
    expect(isLate({ status: 'registered', deadline: null }, '2026-11-22')).toBe(false);
  });
});

describe('time spent at each step', () => {
  const at = (day: number, hour = 8) => new Date(Date.UTC(2026, 10, day, hour));
  const events = [
    { seq: 1, at: at(2), isStep: true, status: 'registered' as const, waitingFor: [{ type: 'imputation' as const }] },
    { seq: 2, at: at(3), isStep: true, status: 'in_review' as const, waitingFor: [] },
    { seq: 3, at: at(3, 9), isStep: false, status: 'in_review' as const, waitingFor: [] },
    { seq: 4, at: at(5), isStep: true, status: 'awaiting_decision' as const, waitingFor: [{ type: 'decision' as const }] },
  ];

  it('measures each step until the next one, the last one until now', () => {
    const steps = computeSteps(events, at(6));
    expect(steps.map((s) => s.seq)).toEqual([1, 2, 4]);
    expect(steps.map((s) => s.durationMs / 3_600_000)).toEqual([24, 48, 24]);
    expect(steps[2]!.to).toBeNull();
    expect(heldSince(events)).toEqual(at(5));
  });

  it('stops the clock once the dossier is filed', () => {
    const filed = [...events, { seq: 5, at: at(7), isStep: true, status: 'filed' as const, waitingFor: [] }];
    const last = computeSteps(filed, at(30)).at(-1)!;
    expect(last.durationMs).toBe(0);
  });
});

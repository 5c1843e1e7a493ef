// Where a dossier stands, computed from its status, its circuit and its events (never stored):
// who holds it now (its desks), since when, whether it is late, and the time spent at each step.
import type { CircuitMode, Confidentiality, DossierStatus, OpinionType } from './dossiers.tables.js';

export type Desk =
  | { type: 'imputation' } // awaiting assignment by the head or the DC
  | { type: 'opinion'; opinionType: OpinionType; structureId: string | null }
  | { type: 'decision' } // in the head's parapheur
  | { type: 'registry'; structureId: string | null }; // decided: back to the registering office, to be filed

export type CircuitStep = { type: OpinionType; structureId: string | null };
export type CircuitPlan = { mode: CircuitMode; steps: CircuitStep[] };
export type RequestState = {
  round: number;
  position: number;
  type: OpinionType;
  structureId: string | null;
  openedAt: Date | null;
  opinionId: string | null;
};
export type DossierState = {
  status: DossierStatus;
  circuitMode: CircuitMode | null;
  round: number;
  registeredByStructureId: string | null;
  deadline: string | null;
};

// Without a circuit for its kind a dossier gets the SG's technical opinion. Sensitive and reserved dossiers
// always get the cabinet's opinion as well (seed 001: "émettre son avis sur les dossiers sensibles").
export const DEFAULT_CIRCUIT: CircuitPlan = { mode: 'sequential', steps: [{ type: 'technical', structureId: null }] };

export function planCircuit(configured: CircuitPlan | null, confidentiality: Confidentiality): CircuitPlan {
  const plan = configured ?? DEFAULT_CIRCUIT;
  const needsCabinet = confidentiality !== 'normal' && !plan.steps.some((s) => s.type === 'cabinet');
  return { mode: plan.mode, steps: needsCabinet ? [...plan.steps, { type: 'cabinet', structureId: null }] : [...plan.steps] };
}

// The requests of the current round still waiting, that may be answered now: those that reached their desk.
export function openRequests<R extends RequestState>(state: Pick<DossierState, 'round'>, requests: R[]): R[] {
  return requests
    .filter((r) => r.round === state.round && r.opinionId === null && r.openedAt !== null)
    .sort((a, b) => a.position - b.position);
}

// Which requests of a round reach their desk when it starts: all of them in parallel, the first in sequence.
export function requestsToOpenAtStart(mode: CircuitMode, count: number): number[] {
  return mode === 'parallel' ? Array.from({ length: count }, (_, i) => i + 1) : count > 0 ? [1] : [];
}

// In a sequential circuit, the request that reaches its desk once an opinion is given: the next pending one.
export function nextRequestToOpen<R extends RequestState>(mode: CircuitMode | null, round: number, requests: R[]): R | null {
  if (mode === 'parallel') return null;
  const pending = requests.filter((r) => r.round === round && r.opinionId === null).sort((a, b) => a.position - b.position);
  return pending[0] && pending[0].openedAt === null ? pending[0] : null;
}

export function currentDesks(state: DossierState, requests: RequestState[]): Desk[] {
  switch (state.status) {
    case 'registered':
      return [{ type: 'imputation' }];
    case 'in_review': {
      const open = openRequests(state, requests);
      if (open.length === 0) return [{ type: 'decision' }];
      return open.map((r) => ({ type: 'opinion', opinionType: r.type, structureId: r.structureId }));
    }
    case 'awaiting_decision':
      return [{ type: 'decision' }];
    case 'decided':
      return [{ type: 'registry', structureId: state.registeredByStructureId }];
    case 'filed':
      return [];
  }
}

export const isOpen = (status: DossierStatus) => status !== 'decided' && status !== 'filed';

// Late: still open after its deadline (a calendar date in the administration's day).
export function isLate(state: Pick<DossierState, 'status' | 'deadline'>, today: string): boolean {
  return isOpen(state.status) && state.deadline !== null && state.deadline < today;
}

export type StepEvent = { seq: number; at: Date; isStep: boolean; status: DossierStatus; waitingFor: Desk[] };
export type Step = { seq: number; status: DossierStatus; waitingFor: Desk[]; from: Date; to: Date | null; durationMs: number };

// Consecutive stretches between the events that changed who holds the dossier; the last one runs until now.
export function computeSteps(events: StepEvent[], now: Date): Step[] {
  const boundaries = events.filter((e) => e.isStep).sort((a, b) => a.seq - b.seq);
  return boundaries.map((e, i) => {
    const next = boundaries[i + 1];
    const to = next ? next.at : e.status === 'filed' ? e.at : null;
    return {
      seq: e.seq,
      status: e.status,
      waitingFor: e.waitingFor,
      from: e.at,
      to,
      durationMs: Math.max(0, (to ?? now).getTime() - e.at.getTime()),
    };
  });
}

// The moment the dossier reached its current desks: the last step event.
export function heldSince(events: StepEvent[]): Date | null {
  const steps = events.filter((e) => e.isStep);
  return steps.length > 0 ? steps.reduce((a, b) => (a.seq > b.seq ? a : b)).at : null;
}

export const sameDesks = (a: Desk[], b: Desk[]) => JSON.stringify(a) === JSON.stringify(b);

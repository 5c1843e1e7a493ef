// URLs of the web app. The current administration is always in the URL: /a/:administrationId/...
export const paths = {
  login: '/connexion',
  home: (a: string) => `/a/${a}`,
  orgChart: (a: string) => `/a/${a}/organisation/organigramme`,
  structures: (a: string) => `/a/${a}/organisation/structures`,
  structureNew: (a: string) => `/a/${a}/organisation/structures/nouvelle`,
  structure: (a: string, id: string) => `/a/${a}/organisation/structures/${id}`,
  structureEdit: (a: string, id: string) => `/a/${a}/organisation/structures/${id}/modifier`,
  posts: (a: string) => `/a/${a}/organisation/postes`,
  postNew: (a: string) => `/a/${a}/organisation/postes/nouveau`,
  post: (a: string, id: string) => `/a/${a}/organisation/postes/${id}`,
  postEdit: (a: string, id: string) => `/a/${a}/organisation/postes/${id}/modifier`,
  persons: (a: string) => `/a/${a}/organisation/personnes`,
  interims: (a: string) => `/a/${a}/organisation/interims`,
  importExport: (a: string) => `/a/${a}/organisation/import-export`,
  agenda: (a: string, at?: { date?: string; view?: 'jour' | 'semaine' | 'mois' }) =>
    `/a/${a}/agenda${at ? `?${new URLSearchParams({ ...(at.view ? { vue: at.view } : {}), ...(at.date ? { date: at.date } : {}) })}` : ''}`,
  agendaEventNew: (a: string, day?: string, time?: string | null) =>
    `/a/${a}/agenda/evenements/nouveau${day ? `?${new URLSearchParams({ date: day, ...(time ? { heure: time } : {}) })}` : ''}`,
  agendaEvent: (a: string, id: string) => `/a/${a}/agenda/evenements/${id}`,
  agendaEventEdit: (a: string, id: string) => `/a/${a}/agenda/evenements/${id}/modifier`,
  agendaAudiences: (a: string) => `/a/${a}/agenda/demandes`,
  agendaBriefings: (a: string, scope?: 'manquantes') => `/a/${a}/agenda/notes${scope ? `/${scope}` : ''}`,
  agendaBriefing: (a: string, id: string) => `/a/${a}/agenda/notes/${id}`,
  agendaFeed: (a: string) => `/a/${a}/agenda/mon-calendrier`,
  results: (a: string) => `/a/${a}/resultats`,
  resultsIndicators: (a: string) => `/a/${a}/resultats/indicateurs`,
  resultsIndicator: (a: string, id: string) => `/a/${a}/resultats/indicateurs/${id}`,
  resultsProgrammes: (a: string) => `/a/${a}/resultats/programmes`,
  resultsProgramme: (a: string, id: string) => `/a/${a}/resultats/programmes/${id}`,
  resultsEntry: (a: string) => `/a/${a}/resultats/saisie`,
  resultsStructure: (a: string, id: string) => `/a/${a}/resultats/structures/${id}`,
  resultsMyStructure: (a: string) => `/a/${a}/resultats/ma-structure`,
  resultsOversight: (a: string) => `/a/${a}/resultats/tutelle`,
  resultsImportExport: (a: string) => `/a/${a}/resultats/import-export`,
  myDirectives: (a: string) => `/a/${a}/suivi/mes-directives`,
  directives: (a: string) => `/a/${a}/suivi/directives`,
  directiveNew: (a: string) => `/a/${a}/suivi/directives/nouvelle`,
  directive: (a: string, id: string) => `/a/${a}/suivi/directives/${id}`,
  directiveEdit: (a: string, id: string) => `/a/${a}/suivi/directives/${id}/modifier`,
  meetings: (a: string) => `/a/${a}/suivi/reunions`,
  meetingNew: (a: string) => `/a/${a}/suivi/reunions/nouvelle`,
  meeting: (a: string, id: string) => `/a/${a}/suivi/reunions/${id}`,
  meetingEdit: (a: string, id: string) => `/a/${a}/suivi/reunions/${id}/modifier`,
  followupIndicators: (a: string) => `/a/${a}/suivi/indicateurs`,
  escalationLadder: (a: string) => `/a/${a}/suivi/relances`,
  followupApi: (a: string) => `/api/administrations/${a}`,
  // public pages, without an account
  publicAudience: (administrationCode: string) => `/audience/${administrationCode}`,
  audienceTracking: (token: string) => `/audience/suivi/${token}`,
  dossiers: (a: string) => `/a/${a}/dossiers`,
  dossiersWaiting: (a: string) => `/a/${a}/dossiers/a-traiter`,
  dossierNew: (a: string) => `/a/${a}/dossiers/nouveau`,
  dossier: (a: string, id: string) => `/a/${a}/dossiers/${id}`,
  dossiersIntegrity: (a: string) => `/a/${a}/dossiers/integrite`,
  dossiersSettings: (a: string) => `/a/${a}/dossiers/reglages`,
  reports: (a: string) => `/a/${a}/rapports`,
  reportTemplate: (a: string, kind: string) => `/a/${a}/rapports/modeles/${kind}`,
};

// When switching administration, stay in the same list page (ids of the old one mean nothing in the new one).
export function sameSectionIn(pathname: string, administrationId: string): string {
  const match = /^\/a\/[^/]+\/organisation\/(organigramme|structures|postes|personnes|interims|import-export)/.exec(pathname);
  if (match) return `/a/${administrationId}/organisation/${match[1]}`;
  const agenda = /^\/a\/[^/]+\/agenda(\/(demandes|notes|mon-calendrier))?/.exec(pathname);
  if (agenda) return `/a/${administrationId}/agenda${agenda[1] ?? ''}`;
  const results = /^\/a\/[^/]+\/resultats(\/(indicateurs|programmes|saisie|ma-structure|tutelle|import-export))?/.exec(pathname);
  if (results) return `/a/${administrationId}/resultats${results[1] ?? ''}`;
  const followup = /^\/a\/[^/]+\/suivi\/(mes-directives|directives|reunions|indicateurs|relances)/.exec(pathname);
  if (followup) return `/a/${administrationId}/suivi/${followup[1]}`;
  const dossiers = /^\/a\/[^/]+\/dossiers(\/(a-traiter|nouveau|integrite|reglages))?(\/|$)/.exec(pathname);
  if (dossiers) return `/a/${administrationId}/dossiers${dossiers[1] ?? ''}`;
  if (/^\/a\/[^/]+\/rapports(\/|$)/.test(pathname)) return paths.reports(administrationId);
  return paths.home(administrationId);
}

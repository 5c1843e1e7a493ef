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
  dossiers: (a: string) => `/a/${a}/dossiers`,
  dossiersWaiting: (a: string) => `/a/${a}/dossiers/a-traiter`,
  dossierNew: (a: string) => `/a/${a}/dossiers/nouveau`,
  dossier: (a: string, id: string) => `/a/${a}/dossiers/${id}`,
  dossiersIntegrity: (a: string) => `/a/${a}/dossiers/integrite`,
  dossiersSettings: (a: string) => `/a/${a}/dossiers/reglages`,
};

// When switching administration, stay in the same list page (ids of the old one mean nothing in the new one).
export function sameSectionIn(pathname: string, administrationId: string): string {
  const match = /^\/a\/[^/]+\/organisation\/(organigramme|structures|postes|personnes|interims|import-export)/.exec(pathname);
  if (match) return `/a/${administrationId}/organisation/${match[1]}`;
  const dossiers = /^\/a\/[^/]+\/dossiers(\/(a-traiter|nouveau|integrite|reglages))?(\/|$)/.exec(pathname);
  if (dossiers) return `/a/${administrationId}/dossiers${dossiers[1] ?? ''}`;
  return paths.home(administrationId);
}

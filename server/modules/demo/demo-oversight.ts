// An oversight body that accompanies the demo administrations (read-only, side by side).
export const demoOversight = {
  code: 'CSP',
  name: 'Cellule de suivi de la performance des administrations (démonstration)',
  shortName: 'Cellule de suivi',
  headTitle: 'Coordonnateur',
  country: 'Bénin',
  countryMotto: 'Fraternité – Justice – Travail',
  currency: 'XOF' as const,
  account: { email: 'tutelle@suivi.demo.bj', fullName: 'Rachidatou Bio Tchané', label: 'Organe de tutelle (lecture seule)' },
};

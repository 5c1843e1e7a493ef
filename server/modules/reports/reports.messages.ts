// Messages of the reports module, in the two languages of the interface.
import { registerMessages } from '../../platform/http/messages.js';

registerMessages({
  fr: {
    'reports.quarter_required': 'Indiquez le trimestre de ce rapport trimestriel.',
    'reports.annual_no_quarter': 'Un rapport annuel porte sur toute l’année : n’indiquez pas de trimestre.',
    'reports.not_generated': 'Ce rapport n’a pas encore été généré (ou sa génération est en cours).',
    'reports.programme_required': 'Choisissez le programme budgétaire de ce rapport (programmeId).',
    'reports.programme_not_for_kind': 'Ce type de rapport porte sur toute l’administration : n’indiquez pas de programme (programmeId).',
    'reports.already_finalised':
      'Cette génération a déjà été finalisée (version {version}). Régénérez le rapport pour en finaliser une nouvelle version.',
  },
  en: {
    'reports.quarter_required': 'Give the quarter of this quarterly report.',
    'reports.annual_no_quarter': 'An annual report covers the whole year: give no quarter.',
    'reports.not_generated': 'This report has not been generated yet (or is being generated).',
    'reports.programme_required': 'Choose the budget programme of this report (programmeId).',
    'reports.programme_not_for_kind': 'This kind of report covers the whole administration: give no programme (programmeId).',
    'reports.already_finalised':
      'This generation has already been finalised (version {version}). Regenerate the report to finalise a new version.',
  },
});

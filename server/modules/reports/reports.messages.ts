// Messages of the reports module, in the two languages of the interface.
import { registerMessages } from '../../platform/http/messages.js';

registerMessages({
  fr: {
    'reports.quarter_required': 'Indiquez le trimestre de ce rapport trimestriel.',
    'reports.annual_no_quarter': 'Un rapport annuel porte sur toute l’année : n’indiquez pas de trimestre.',
    'reports.not_generated': 'Ce rapport n’a pas encore été généré (ou sa génération est en cours).',
  },
  en: {
    'reports.quarter_required': 'Give the quarter of this quarterly report.',
    'reports.annual_no_quarter': 'An annual report covers the whole year: give no quarter.',
    'reports.not_generated': 'This report has not been generated yet (or is being generated).',
  },
});

// French first, English second. The signed-in user's stored language wins (see session.tsx);
// before sign-in the last language chosen on this browser is used.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import fr from '../locales/fr.json';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'pilotage.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'fr';
  } catch {
    return 'fr';
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: 'fr',
  supportedLngs: [...languages],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private browsing: the choice simply is not remembered
  }
}

applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'fr';
}

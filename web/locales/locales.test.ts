import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function leafValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(leafValues);
}

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(fr).sort());
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(leafKeys(en).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en)]));
    for (const key of leafKeys(fr)) {
      const frText = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], fr) as string;
      expect(placeholders(String(enByKey.get(key))), key).toEqual(placeholders(frText));
    }
  });

  it('have no empty text and use the typographic apostrophe in French', () => {
    for (const text of leafValues(fr)) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\w'\w/);
    }
  });
});

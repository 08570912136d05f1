import { Problems } from '@chaman/contracts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import de from './locales/de.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import nl from './locales/nl.json';

const catalogues = { fr, nl, de, en } as Record<string, unknown>;

const keysOf = (node: unknown, prefix = ''): string[] =>
  Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) && !name.includes('.spec.') ? [file] : [];
  });

describe('translation catalogues', () => {
  const reference = new Set(keysOf(fr));

  it.each(Object.keys(catalogues))('%s has exactly the keys of the French catalogue, none empty', (language) => {
    const keys = keysOf(catalogues[language]);
    expect(keys.filter((key) => !reference.has(key))).toEqual([]);
    expect([...reference].filter((key) => !keys.includes(key))).toEqual([]);
    const empty = keys.filter(
      (key) =>
        !String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[language])).trim(),
    );
    expect(empty).toEqual([]);
  });

  it('holds every literal key the screens ask for', () => {
    const used = sourceFiles(path.join(__dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)].map((match) => match[1]),
    );
    expect(used.length).toBeGreaterThan(100);
    const plural = (key: string) => reference.has(`${key}_one`) && reference.has(`${key}_other`);
    expect([...new Set(used)].filter((key) => !reference.has(key) && !plural(key))).toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s says every problem type of the contracts in words', (language) => {
    const problems = (catalogues[language] as { problems: Record<string, string> }).problems;
    const missing = Object.keys(Problems).filter((code) => !problems[code]?.trim());
    expect(missing).toEqual([]);
  });
});

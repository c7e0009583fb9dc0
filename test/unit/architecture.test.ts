import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
}

describe('architecture', () => {
  it.each(['shared', 'functions'])('keeps %s free of the local runtime', (folder) => {
    // Act
    const offenders = sourceFiles(folder).filter((file) =>
      importsOf(file).some((spec) => spec.startsWith('#local/') || /(^|\/)local\//.test(spec)),
    );

    // Assess
    expect(offenders).toEqual([]);
  });

  it('keeps shared free of Lambda entry points and handlers', () => {
    // Act
    const offenders = sourceFiles('shared').filter((file) =>
      importsOf(file).some((spec) => spec.startsWith('#functions/') || spec.includes('/functions/')),
    );

    // Assess
    expect(offenders).toEqual([]);
  });

  it('lets only the DynamoDB adapters (shared/store) and the wiring (shared/wiring) reach DynamoDB', () => {
    // Prepare
    const reachesDynamoDb = (spec: string) =>
      spec.startsWith('@aws-sdk/lib-dynamodb') ||
      spec.startsWith('@aws-sdk/client-dynamodb') ||
      spec.startsWith('#shared/store/') ||
      /(^|\/)store\//.test(spec);
    const adapterOrWiring = (file: string) => file.startsWith('shared/store/') || file.startsWith('shared/wiring/');

    // Act
    const offenders = ['shared', 'functions']
      .flatMap(sourceFiles)
      .filter((file) => !adapterOrWiring(file))
      .flatMap((file) => importsOf(file).filter(reachesDynamoDb).map((spec) => `${file} imports ${spec}`));

    // Assess
    expect(offenders).toEqual([]);
  });

  it('imports zod as a namespace everywhere, never `{ z }` (which bundles every locale)', () => {
    // Act
    const offenders = ['shared', 'functions'].flatMap(sourceFiles).filter((file) =>
      /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod['"]/.test(readFileSync(join(root, file), 'utf8')),
    );

    // Assess
    expect(offenders).toEqual([]);
  });
});

import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import config from '../codegen';

/** Like the schema check: the committed typed operations match the schema and the documents. */
describe('the generated GraphQL types (src/gql)', () => {
  it('are current: run `npx nx codegen web` when this fails', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const previous = process.cwd();
    process.chdir(root);
    let files: { filename: string; content: string }[];
    try {
      files = await generate({ ...config, silent: true }, false);
    } finally {
      process.chdir(previous);
    }
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = await readFile(resolve(root, file.filename), 'utf8').catch(() => '');
      expect(committed, `${file.filename} is stale`).toBe(file.content);
    }
  });
});

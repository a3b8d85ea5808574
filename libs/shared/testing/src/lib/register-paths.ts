/*
 * Jest loads its global set-up outside its own module system, where the workspace's path
 * aliases (@link/...) are unknown. Imported first, this teaches Node's resolver about them.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { register } from 'tsconfig-paths';

const workspaceRoot = resolve(__dirname, '../../../../..');
const { compilerOptions } = JSON.parse(
  readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8'),
);
register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });

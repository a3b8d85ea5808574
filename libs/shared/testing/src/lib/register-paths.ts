/*
 * Jest loads its global set-up outside its own module system, where the workspace's path
 * aliases (@link/...) are unknown. Imported first, this teaches Node's resolver about them.
 */
import { join, resolve } from 'node:path';

import { register } from 'tsconfig-paths';

const workspaceRoot = resolve(__dirname, '../../../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compilerOptions } = require(join(workspaceRoot, 'tsconfig.base.json'));
register({ baseUrl: workspaceRoot, paths: compilerOptions.paths });

// @ts-check
/**
 * Infers a `typecheck` target for every project that has a tsconfig.app.json, tsconfig.lib.json
 * or tsconfig.spec.json: a type check (no emit) of each of them, in the project's folder. Nx
 * caches the result and runs projects in parallel (`npm run typecheck`, or `nx typecheck <project>`).
 *
 * The checker is `tsgo`, TypeScript's native compiler (@typescript/native-preview, pinned): on
 * this code it reports exactly the errors `tsc` reports (checked with deliberate errors in a base
 * library and in the API, on every tsconfig) for about a fifth of tsc's CPU time, and it uses
 * more than one core. It only checks: webpack, ts-jest and Vite still compile with their own
 * compilers. Should tsgo ever disagree with tsc, `TYPECHECK_COMPILER=tsc npm run typecheck`
 * checks with tsc instead (the variable is an input, so the two results are cached apart).
 *
 * Each check reads the libraries a project imports from their sources (the tsconfig.base.json
 * paths), so a project's result depends on its own files and on its dependencies' production
 * files: those are the inputs, with tsconfig.base.json and the installed packages.
 */
const { readdirSync } = require('node:fs');
const { dirname, join } = require('node:path');

const TSCONFIG = /^tsconfig\.(app|lib|spec)\.json$/;

/** What a check's result depends on; the compiler choice is one of them. */
const TYPECHECK_INPUTS = [
  'default',
  '^production',
  '{workspaceRoot}/tsconfig.base.json',
  { env: 'TYPECHECK_COMPILER' },
];

/** `tsgo` (or `tsc` with TYPECHECK_COMPILER=tsc) without emitting, on one tsconfig. */
function typecheckCommand(tsconfig) {
  return `"\${TYPECHECK_COMPILER:-tsgo}" --noEmit -p ${tsconfig}`;
}

exports.TYPECHECK_INPUTS = TYPECHECK_INPUTS;
exports.typecheckCommand = typecheckCommand;

/** @type {import('@nx/devkit').CreateNodesV2} */
exports.createNodesV2 = [
  '**/project.json',
  async (projectFiles, _options, context) =>
    projectFiles.map((projectFile) => {
      const root = dirname(projectFile);
      const configs = readdirSync(join(context.workspaceRoot, root))
        .filter((name) => TSCONFIG.test(name))
        .sort();
      if (configs.length === 0) return [projectFile, {}];
      return [
        projectFile,
        {
          projects: {
            [root]: {
              targets: {
                typecheck: {
                  executor: 'nx:run-commands',
                  cache: true,
                  inputs: TYPECHECK_INPUTS,
                  outputs: [],
                  options: {
                    cwd: root,
                    commands: configs.map((config) => typecheckCommand(config)),
                    parallel: false,
                  },
                  metadata: { description: `tsgo --noEmit on ${configs.join(', ')}` },
                },
              },
            },
          },
        },
      ];
    }),
];

// @ts-check
/**
 * Infers a `typecheck` target for every project that has a tsconfig.app.json, tsconfig.lib.json
 * or tsconfig.spec.json: `tsc --noEmit` on each of them, in the project's folder. Nx caches the
 * result and runs projects in parallel (`npm run typecheck`, or `nx typecheck <project>`).
 *
 * Each check reads the libraries a project imports from their sources (the tsconfig.base.json
 * paths), so a project's result depends on its own files and on its dependencies' production
 * files: those are the inputs, with tsconfig.base.json and the installed packages.
 *
 * When Nx has no cached result (something the project reads changed), tsc runs incrementally
 * from its last state in tmp/typecheck/, so it checks again only what the change can affect.
 */
const { readdirSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const TSCONFIG = /^tsconfig\.(app|lib|spec)\.json$/;

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
                  inputs: ['default', '^production', '{workspaceRoot}/tsconfig.base.json'],
                  outputs: [],
                  options: {
                    cwd: root,
                    commands: configs.map(
                      (config) =>
                        `tsc --noEmit -p ${config} --incremental --tsBuildInfoFile ` +
                        join(relative(root, '.'), 'tmp/typecheck', `${root}/${config}.tsbuildinfo`),
                    ),
                    parallel: false,
                  },
                  metadata: { description: `tsc --noEmit on ${configs.join(', ')}` },
                },
              },
            },
          },
        },
      ];
    }),
];

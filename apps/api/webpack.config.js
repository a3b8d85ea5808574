const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // The report functions' source, applied by `main.js migrate` (report-sql.ts).
        {
          input: 'libs/platform/database/src/lib/report-sql',
          glob: '*.sql',
          output: 'report-sql',
        },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // `nx serve api` rebuilds in watch mode: there a rebuild should not wait for (or compete
      // with) a full type check; `nx typecheck` and the editor report type errors instead.
      skipTypeChecking: process.argv.includes('--watch'),
    }),
  ],
};

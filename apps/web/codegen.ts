import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed API schema: `npx nx codegen web` after changing an
 * operation or the schema. `src/generated.spec.ts` fails when src/gql is not current.
 * Paths are from the workspace root.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: [
    'apps/web/src/**/*.{ts,tsx}',
    '!apps/web/src/gql/**',
    '!apps/web/src/**/*.spec.*',
    '!apps/web/src/test-*',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;

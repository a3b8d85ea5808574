import nx from '@nx/eslint-plugin';

/**
 * Module boundaries (see docs/architecture.md, "Layout"). By type: apps compose features;
 * features use data-access and util libs; util libs use only util libs; tests may use the testing
 * lib. By scope: a domain (groups, training, volunteers) never imports another domain, and
 * reporting sees only platform and shared code, so no national figure can be computed from a
 * domain's personal data.
 */
const depConstraints = [
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'],
  },
  {
    sourceTag: 'type:e2e',
    onlyDependOnLibsWithTags: ['type:testing', 'type:data-access', 'type:util'],
  },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:testing'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:testing'],
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:testing'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared', 'scope:platform'] },
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:shared'] },
  {
    sourceTag: 'scope:groups',
    onlyDependOnLibsWithTags: ['scope:groups', 'scope:platform', 'scope:shared'],
  },
  {
    sourceTag: 'scope:training',
    onlyDependOnLibsWithTags: ['scope:training', 'scope:platform', 'scope:shared'],
  },
  {
    sourceTag: 'scope:volunteers',
    onlyDependOnLibsWithTags: ['scope:volunteers', 'scope:platform', 'scope:shared'],
  },
  {
    sourceTag: 'scope:reporting',
    onlyDependOnLibsWithTags: ['scope:reporting', 'scope:platform', 'scope:shared'],
  },
];

/**
 * Centre-owned data is reached only through the tenancy lib (TenantDatabase / the scoped
 * repository), which runs every query in the request transaction with the centre set. Raw
 * TypeORM handles would let a service query outside it.
 */
const unscopedDataAccess = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'typeorm',
          importNames: [
            'DataSource',
            'Repository',
            'EntityManager',
            'getRepository',
            'QueryRunner',
          ],
          message:
            'Use TenantDatabase from @link/platform/tenancy: it scopes queries to the centre.',
        },
        {
          name: '@nestjs/typeorm',
          importNames: ['InjectRepository', 'InjectDataSource', 'InjectEntityManager'],
          message:
            'Use TenantDatabase from @link/platform/tenancy: it scopes queries to the centre.',
        },
      ],
    },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/.data', '**/coverage'] },
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Nest injects by the constructor's parameter types: those imports are values, not types.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `const { secret: _secret, ...rest } = row` leaves a field out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['libs/**/*.ts', 'apps/api/**/*.ts'],
    ignores: ['libs/platform/database/**', 'libs/platform/tenancy/**', '**/*.spec.ts'],
    rules: unscopedDataAccess,
  },
];

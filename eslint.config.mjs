import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const everyLibraryType = [
  'type:feature',
  'type:data-access',
  'type:domain',
  'type:contracts',
  'type:util',
  'type:testing',
];

const domainBannedImports = ['@nestjs/*', 'typeorm', 'kafkajs', 'pg', '@kafkajs/*', 'opossum', 'prom-client'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.infra/**',
      '.nx/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            // Layering: apps sit on top; nothing imports an app.
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:domain',
                'type:contracts',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: [
                'type:feature',
                'type:data-access',
                'type:domain',
                'type:contracts',
                'type:util',
              ],
            },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:contracts', 'type:util'],
            },
            // Domain rules are plain TypeScript: no framework, broker or ORM.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
              bannedExternalImports: domainBannedImports,
            },
            {
              sourceTag: 'type:contracts',
              onlyDependOnLibsWithTags: ['type:contracts'],
              bannedExternalImports: domainBannedImports.filter((name) => name !== '@kafkajs/*'),
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            {
              sourceTag: 'type:testing',
              onlyDependOnLibsWithTags: [
                'type:data-access',
                'type:domain',
                'type:contracts',
                'type:util',
                'type:testing',
              ],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: [
                'type:testing',
                'type:data-access',
                'type:domain',
                'type:contracts',
                'type:util',
              ],
            },
            // Tools and benchmarks drive the services from outside: libraries only, never an app's code.
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: everyLibraryType },
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: everyLibraryType },
            // Scopes: each service's code stays in its scope; shared libraries are open to all.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:ingestion', onlyDependOnLibsWithTags: ['scope:ingestion', 'scope:shared'] },
            { sourceTag: 'scope:generation', onlyDependOnLibsWithTags: ['scope:generation', 'scope:shared'] },
            { sourceTag: 'scope:quality', onlyDependOnLibsWithTags: ['scope:quality', 'scope:shared'] },
            {
              sourceTag: 'scope:regeneration',
              onlyDependOnLibsWithTags: ['scope:regeneration', 'scope:quality', 'scope:shared'],
            },
            {
              sourceTag: 'scope:versioning',
              onlyDependOnLibsWithTags: ['scope:versioning', 'scope:quality', 'scope:shared'],
            },
            { sourceTag: 'scope:cost', onlyDependOnLibsWithTags: ['scope:cost', 'scope:shared'] },
            { sourceTag: 'scope:jobs', onlyDependOnLibsWithTags: ['scope:jobs', 'scope:shared'] },
            // The review console re-runs the gate's rules on an edit as the reviewer types.
            {
              sourceTag: 'scope:review',
              onlyDependOnLibsWithTags: ['scope:review', 'scope:quality', 'scope:shared'],
            },
            { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'tools/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests may use the testing library and any library to set up what they check; importing an app
    // is still refused (the rule forbids it whatever the constraints).
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }],
        },
      ],
    },
  },
);

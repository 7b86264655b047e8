// Shared Jest configuration: SWC transform (keeps decorator metadata for Nest DI),
// path aliases taken from tsconfig.base.json so tests resolve libraries as the apps do,
// and two named projects per Nx project: `unit` (specs beside the code, no infrastructure)
// and `integration` (under test/, against the real Kafka, registry and Postgres).
const path = require('node:path');
const fs = require('node:fs');

const workspaceRoot = __dirname;
// Nx targets write each run's JSON report here (see nx.json); Jest does not create the folder itself.
fs.mkdirSync(path.join(workspaceRoot, 'tmp', 'test-results'), { recursive: true });
const swcConfig = JSON.parse(fs.readFileSync(path.join(workspaceRoot, '.swcrc'), 'utf8'));
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\-]/g, '\\$&')}$`,
    path.join(workspaceRoot, target),
  ]),
);

function baseProject(projectRoot, displayName) {
  return {
    displayName,
    rootDir: path.join(workspaceRoot, projectRoot),
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, sourceMaps: 'inline', swcrc: false }] },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
  };
}

/** Jest config for one Nx project: `unit` and `integration` projects, selected with --selectProjects. */
function projectJestConfig(projectRoot) {
  return {
    projects: [
      { ...baseProject(projectRoot, 'unit'), testMatch: ['<rootDir>/src/**/*.spec.ts'] },
      {
        ...baseProject(projectRoot, 'integration'),
        testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
        setupFilesAfterEnv: [path.join(workspaceRoot, 'jest.integration-setup.js')],
      },
    ],
  };
}

module.exports = { projectJestConfig };

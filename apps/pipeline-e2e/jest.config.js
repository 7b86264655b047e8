const { projectJestConfig } = require('../../jest.preset');

module.exports = projectJestConfig('apps/pipeline-e2e');

import { resolve } from 'node:path';

/** The repository root, whichever project's code runs (libs/testing/src is three levels down). */
export const WORKSPACE_ROOT = resolve(__dirname, '..', '..', '..');

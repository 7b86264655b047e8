import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Paths the API, its documents and the probes own; everything else is the single-page app. */
const SERVER_PATHS = /^\/(api|docs|docs-json|health|metrics)(\/|$)/;

/** The page may load its own scripts, styles and data, nothing from elsewhere, and may not be framed. */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built React app (`vite build` output) with a content security policy for a page, and its
 * index for every client-side route. Without a build the console still serves its API and says how to build.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): void {
  const index = join(webDir, 'index.html');
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!SERVER_PATHS.test(request.path)) response.setHeader('Content-Security-Policy', PAGE_POLICY);
    next();
  });
  app.useStaticAssets(webDir, { index: false, fallthrough: true });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || SERVER_PATHS.test(request.path)) return next();
    if (!existsSync(index)) {
      response
        .status(503)
        .type('text/plain')
        .send('The console page is not built: run `npx nx run console:build-web`');
      return;
    }
    response.sendFile(index);
  });
}

import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { completeRuntimeContract, declaredPaths, refuseUndeclaredMethods } from './open-api-contract';
import { documentValidationConstraints } from './validation-constraints';

/** What a service says about its API at the top of its OpenAPI document. */
export interface OpenApiDescription {
  title: string;
  description: string;
}

const AUTHENTICATION =
  'Authenticate with `Authorization: Bearer <key>` or `x-api-key: <key>`; keys come from the `API_KEYS` variable ' +
  '(or the `API_KEYS_FILE` secret) as `key:role[:principal]`, roles viewer < reviewer < operator.';

/** The service's OpenAPI document: its routes, the validators' constraints and the runtime's error answers. */
export function buildOpenApiDocument(app: INestApplication, api: OpenApiDescription): OpenAPIObject {
  documentValidationConstraints();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(api.title)
      .setDescription(api.description ? `${api.description}\n\n${AUTHENTICATION}` : AUTHENTICATION)
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
      .build(),
  );
  return completeRuntimeContract(document);
}

/**
 * The service's OpenAPI document at `/docs-json` and Swagger UI at `/docs`, both open like health and metrics. The
 * document lists the runtime's error answers too, and a documented path called with another method answers 405.
 */
export function serveOpenApi(app: INestApplication, api: OpenApiDescription): void {
  const document = buildOpenApiDocument(app, api);
  app.use(refuseUndeclaredMethods(declaredPaths(document)));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

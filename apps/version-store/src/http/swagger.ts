import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI document and Swagger UI at /docs (JSON at /docs-json). */
export function setUpSwagger(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Version store')
      .setDescription(
        'Immutable content versions per SKU and language: what the catalogue shows, activation and rollback, A/B variants and the human review queue. ' +
          'Authenticate with `Authorization: Bearer <key>` or `x-api-key`; roles: operator (activation, rollback, pins, variants, re-derivation), reviewer (review decisions, human copy), viewer (reads).',
      )
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, 'api-key')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

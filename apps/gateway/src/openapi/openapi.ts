import { classSchemas } from '@chaman/contracts';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { applyApiConventions } from './openapi-conventions';

/**
 * The OpenAPI document, its request and response schemas derived from the class-validator metadata of the same
 * contract classes the gateway and the services use — so the document cannot drift from the code.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Chaman API')
    .setDescription('Channel management: senders, technical channels, REST accounts, certificates and delegations.')
    .setVersion('1')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addServer('/', 'This gateway')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const schemas = classSchemas('#/components/schemas/') as Record<string, SchemaObject>;
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...schemas } };
  return applyApiConventions(document);
}

/** The OpenAPI document (JSON, YAML) always; Swagger UI (inline scripts on the session's origin) only when `swaggerUi`. */
export function mountOpenApi(app: INestApplication, swaggerUi = true): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    ui: swaggerUi,
  });
}

import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { catalogueAsyncApiDocument } from '@content-pipeline/catalog-rules';

/** The AsyncAPI document of the catalogue's topics, open like the OpenAPI document beside it. */
@ApiExcludeController()
@Controller()
export class AsyncApiController {
  private readonly document = catalogueAsyncApiDocument();

  @Get('asyncapi.json')
  asyncApi(): Record<string, unknown> {
    return this.document;
  }
}

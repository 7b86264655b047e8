import { ApiBody, ApiExtraModels, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import { IsInt, IsOptional, IsString, Min, ValidateIf } from 'class-validator';
import { ReasonBody } from '../http/common.dto';

/** Names the version by id or by number (exactly one). */
export class VersionTargetBody extends ReasonBody {
  @ApiPropertyOptional({ description: 'The version id (give this or versionNumber).' })
  @ValidateIf((body: VersionTargetBody) => body.versionNumber === undefined || body.versionId !== undefined)
  @IsString({ message: 'give versionId or versionNumber' })
  versionId?: string;

  @ApiPropertyOptional({
    description: 'The version number within the SKU-language (give this or versionId).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  versionNumber?: number;
}

/** The body as the API checks it: the fields of VersionTargetBody, and exactly one of versionId or versionNumber. */
export const ApiVersionTargetBody = () =>
  applyDecorators(
    ApiExtraModels(VersionTargetBody),
    ApiBody({
      schema: {
        allOf: [{ $ref: getSchemaPath(VersionTargetBody) }],
        oneOf: [{ required: ['versionId'] }, { required: ['versionNumber'] }],
      },
    }),
  );

import { ApiPropertyOptional } from '@nestjs/swagger';
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

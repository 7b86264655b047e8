import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { OffsetPageQuery } from '../http/common.dto';

export class VersionHistoryQuery extends OffsetPageQuery {
  @ApiPropertyOptional({
    description: 'nextCursor of the previous page (continues below that version number).',
  })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class VersionIdParams {
  @ApiProperty()
  @Matches(/^[0-9a-f-]{36}$/, { message: 'versionId must be a version id (UUID)' })
  versionId!: string;
}

export class AuditQuery extends OffsetPageQuery {}

import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, RequiresRole } from '@content-pipeline/nest-runtime';
import { PRICE_TABLES, type PriceTable } from '@content-pipeline/pricing';

/** The price tables usage is priced with, every version (past costs are reproducible from them). */
@ApiTags('pricing')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller('api')
@UseGuards(ApiKeyGuard)
export class PriceController {
  @Get('prices')
  @RequiresRole('viewer')
  @ApiOperation({ summary: 'Every price table version, oldest first' })
  prices(): readonly PriceTable[] {
    return PRICE_TABLES;
  }
}

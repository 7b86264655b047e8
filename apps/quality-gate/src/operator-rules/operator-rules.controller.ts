import { ApiParam, ApiQuery } from '@nestjs/swagger';
import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  UseGuards,
} from '@nestjs/common';
import { isLanguage, LANGUAGES } from '@content-pipeline/languages';
import { ApiKeyGuard, AuthenticatedRequest, RequiresRole } from '@content-pipeline/nest-runtime';
import { InvalidOperatorConfigurationError } from '@content-pipeline/quality-rules';
import { CreateOperatorRuleDto } from './create-operator-rule.dto';
import { OperatorRule } from './operator-rule.entity';
import { OperatorRulesStore } from './operator-rules.store';

/**
 * Forbidden terms, regex rules and verdict policy entries operators add per language; every gate instance applies
 * them within 10 s.
 */
@Controller('operator-rules')
@UseGuards(ApiKeyGuard)
export class OperatorRulesController {
  constructor(private readonly store: OperatorRulesStore) {}

  @Get()
  @RequiresRole('viewer')
  @ApiQuery({ name: 'language', required: false, enum: LANGUAGES })
  list(@Query('language') language?: string): Promise<OperatorRule[]> {
    if (language !== undefined && !isLanguage(language)) {
      throw new BadRequestException(`language must be one of ${LANGUAGES.join(', ')}`);
    }
    return this.store.active(language);
  }

  @Post()
  @RequiresRole('operator')
  async create(
    @Body() body: CreateOperatorRuleDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<OperatorRule> {
    try {
      return await this.store.add({
        language: body.language,
        kind: body.kind,
        value: body.value,
        pattern: body.pattern ?? null,
        // A policy entry says what a rule's issues do; a term or regex rule says how severe its issues are.
        severity: body.kind === 'verdict_policy' ? null : (body.severity ?? null),
        action: body.kind === 'verdict_policy' ? (body.action ?? null) : null,
        message: body.message ?? null,
        suggestion: body.suggestion ?? null,
        createdBy: request.principal?.id ?? 'unknown',
      });
    } catch (error) {
      if (error instanceof InvalidOperatorConfigurationError) throw new BadRequestException(error.message);
      throw error;
    }
  }

  @Delete(':id')
  @HttpCode(204)
  @RequiresRole('operator')
  @ApiParam({ name: 'id', schema: { type: 'string', format: 'uuid' } })
  async remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    if (!(await this.store.remove(id))) throw new NotFoundException(`No active operator rule ${id}`);
  }
}

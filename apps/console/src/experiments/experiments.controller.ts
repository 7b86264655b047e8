import { Controller, Get, HttpException, HttpStatus, Param, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import { ServiceClient } from '../upstream/service-client';
import { SkuLanguageParams } from '../versions/versions.dto';
import { ArmResult, confidencePercent, experimentVerdict } from './experiment-verdict';
import { ExperimentAnswerView } from './experiments.dto';

interface StoredResults {
  experimentId: string;
  status: string;
  alpha: number;
  variants: (ArmResult & {
    versionId: string;
    weight: number;
    impressions: number;
    conversions: number;
  })[];
}

/** A/B results of a SKU-language: each variant's impressions, conversions, rate, confidence, and the winner. */
@ApiTags('experiments')
@UseGuards(SessionGuard)
@Controller('api/skus/:sku/languages/:lang/experiment')
export class ExperimentsController {
  constructor(private readonly services: ServiceClient) {}

  @Get()
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'experimentResults',
    summary:
      'The running (else latest) experiment: per variant rate and confidence, and the winner if significant',
  })
  @ApiOkResponse({ type: ExperimentAnswerView })
  async results(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: SkuLanguageParams,
  ): Promise<ExperimentAnswerView> {
    let stored: StoredResults;
    try {
      stored = await this.services.call<StoredResults>(
        'versionStore',
        person,
        'GET',
        `/skus/${params.sku}/languages/${params.lang}/variants/results`,
      );
    } catch (error) {
      // No experiment is an answer here, not an error: most SKU-languages never have one.
      if (error instanceof HttpException && error.getStatus() === HttpStatus.NOT_FOUND)
        return { experiment: null };
      throw error;
    }
    const verdict = experimentVerdict(stored.variants, stored.alpha);
    return {
      experiment: {
        experimentId: stored.experimentId,
        status: stored.status,
        alpha: stored.alpha,
        variants: stored.variants.map((variant) => ({
          variantId: variant.variantId,
          label: variant.label,
          versionId: variant.versionId,
          isControl: variant.isControl,
          weight: variant.weight,
          impressions: variant.impressions,
          conversions: variant.conversions,
          conversionRate: variant.conversionRate,
          confidencePercent: confidencePercent(variant.comparison?.pValue ?? null),
          significant: variant.comparison?.significant ?? false,
        })),
        ...verdict,
      },
    };
  }
}

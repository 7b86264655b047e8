import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard, ANY_ROLE, Caller, Roles } from '@content-pipeline/nest-runtime';
import type { ApiPrincipal } from '@content-pipeline/config';
import { VersionIdParams } from '../publishing/publishing.dto';
import { DecideReviewUseCase } from './decide-review.use-case';
import { ApproveBody, RejectBody, ReviewQueueQueryDto, TaskParams } from './review.dto';
import { ReviewQueueQuery } from './review-queue.query';

@ApiTags('review')
@UseGuards(ApiKeyGuard)
@Controller('review-queue')
export class ReviewController {
  constructor(
    private readonly queue: ReviewQueueQuery,
    private readonly decide: DecideReviewUseCase,
  ) {}

  @Get()
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'Versions awaiting human review: filtered, oldest (or lowest score) first, paginated',
  })
  list(@Query() query: ReviewQueueQueryDto) {
    return this.queue.list(query);
  }

  @Get('counts')
  @Roles(...ANY_ROLE)
  @ApiOperation({
    summary: 'How many versions of the filtered queue wait, per job, language, rule, severity, attempt',
  })
  counts(@Query() query: ReviewQueueQueryDto) {
    return this.queue.counts(query);
  }

  @Get('tasks/:taskId')
  @Roles(...ANY_ROLE)
  @ApiOperation({ summary: 'Every attempt of a task with its issues, and the review decisions' })
  task(@Param() params: TaskParams) {
    return this.queue.task(params.taskId);
  }

  @Post(':versionId/approve')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({
    summary: 'Approve a version (activates it), or approve with edits (the edits go through the gate)',
  })
  approve(@Param() params: VersionIdParams, @Body() body: ApproveBody, @Caller() caller: ApiPrincipal) {
    return this.decide.approve(params.versionId, caller.id, body.notes, body.content);
  }

  @Post(':versionId/reject')
  @HttpCode(200)
  @Roles('reviewer')
  @ApiOperation({ summary: 'Reject a version: a new attempt is requested with the notes as feedback' })
  reject(@Param() params: VersionIdParams, @Body() body: RejectBody, @Caller() caller: ApiPrincipal) {
    return this.decide.reject(params.versionId, caller.id, body.notes);
  }
}

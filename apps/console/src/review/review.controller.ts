import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPerson, NeedsRole, SessionGuard } from '../session/session.guard';
import type { SignedInPerson } from '../session/signed-in-person';
import {
  ApproveBody,
  BulkApprovalView,
  BulkApproveBody,
  CheckBody,
  CheckView,
  DecisionView,
  QueueCountsView,
  QueuePageView,
  QueueQuery,
  RejectBody,
  ReviewItemView,
  VersionIdParams,
} from './review.dto';
import { ReviewDesk } from './review-desk';

@ApiTags('review')
@UseGuards(SessionGuard)
@Controller('api/review')
export class ReviewController {
  constructor(private readonly desk: ReviewDesk) {}

  @Get('queue')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'reviewQueue',
    summary: 'What waits for a reviewer: filtered, sorted, one page',
  })
  @ApiOkResponse({ type: QueuePageView })
  queue(@CurrentPerson() person: SignedInPerson, @Query() query: QueueQuery): Promise<QueuePageView> {
    return this.desk.queue(person, query);
  }

  @Get('counts')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'reviewCounts',
    summary: 'Counts of the filtered queue per job, language, rule, severity, attempt',
  })
  @ApiOkResponse({ type: QueueCountsView })
  counts(@CurrentPerson() person: SignedInPerson, @Query() query: QueueQuery): Promise<QueueCountsView> {
    return this.desk.counts(person, query);
  }

  @Get('items/:versionId')
  @NeedsRole('viewer')
  @ApiOperation({
    operationId: 'reviewItem',
    summary: 'One item: source, master, target, issues, attempts, limits',
  })
  @ApiOkResponse({ type: ReviewItemView })
  item(@CurrentPerson() person: SignedInPerson, @Param() params: VersionIdParams): Promise<ReviewItemView> {
    return this.desk.item(person, params.versionId);
  }

  @Post('items/:versionId/check')
  @HttpCode(200)
  @NeedsRole('reviewer')
  @ApiOperation({ operationId: 'checkEdit', summary: 'The gate’s rules on an edit, as the reviewer types' })
  @ApiOkResponse({ type: CheckView })
  check(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: VersionIdParams,
    @Body() body: CheckBody,
  ): Promise<CheckView> {
    return this.desk.check(person, params.versionId, body.content);
  }

  @Post('items/:versionId/approve')
  @HttpCode(200)
  @NeedsRole('reviewer')
  @ApiOperation({
    operationId: 'approveItem',
    summary: 'Approve as is, or with edits (re-gated); refused (409) while a critical issue is open',
  })
  @ApiOkResponse({ type: DecisionView })
  approve(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: VersionIdParams,
    @Body() body: ApproveBody,
  ): Promise<DecisionView> {
    return this.desk.approve(person, params.versionId, body.notes, body.content);
  }

  @Post('items/:versionId/reject')
  @HttpCode(200)
  @NeedsRole('reviewer')
  @ApiOperation({
    operationId: 'rejectItem',
    summary: 'Reject with a note: regenerated with the note as feedback',
  })
  @ApiOkResponse({ type: DecisionView })
  reject(
    @CurrentPerson() person: SignedInPerson,
    @Param() params: VersionIdParams,
    @Body() body: RejectBody,
  ): Promise<DecisionView> {
    return this.desk.reject(person, params.versionId, body.notes);
  }

  @Post('bulk-approve')
  @HttpCode(200)
  @NeedsRole('reviewer')
  @ApiOperation({
    operationId: 'bulkApprove',
    summary:
      'Approve a job’s filtered queue scoring at least minScore; items with a critical issue are refused',
  })
  @ApiOkResponse({ type: BulkApprovalView })
  bulkApprove(
    @CurrentPerson() person: SignedInPerson,
    @Body() body: BulkApproveBody,
  ): Promise<BulkApprovalView> {
    return this.desk.bulkApprove(person, body);
  }
}

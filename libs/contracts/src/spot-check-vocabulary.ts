import type { ProductContent } from './generated/types';

/**
 * The spot-check vocabulary, one list each for the version store (which validates and stores checks) and the review
 * console (which offers them): the MQM core typology cut down to what product copy needs, with accuracy split the
 * way translation reviewers report it.
 */
export const MQM_CATEGORIES = [
  'accuracy/mistranslation',
  'accuracy/omission',
  'accuracy/addition',
  'accuracy/numbers',
  'fluency',
  'terminology',
  'style',
  'locale_convention',
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

export const MQM_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];

/** A person's verdict on a published version: could it have gone out as it is? */
export const SPOT_CHECK_VERDICTS = ['publishable', 'not_publishable'] as const;
export type SpotCheckVerdict = (typeof SPOT_CHECK_VERDICTS)[number];

/** The text fields of published content an error can be marked in (keywords are a list, not running text). */
export const CHECKABLE_FIELDS = [
  'translatedDescription',
  'seoTitle',
  'metaDescription',
  'h1',
  'marketingCopyA',
  'marketingCopyB',
  'marketingCopyC',
] as const satisfies readonly (keyof ProductContent)[];
export type CheckableField = (typeof CHECKABLE_FIELDS)[number];

/** Which items of a sample a queue lists. */
export const SPOT_CHECK_ITEM_STATES = ['all', 'pending', 'checked'] as const;
export type SpotCheckItemState = (typeof SPOT_CHECK_ITEM_STATES)[number];

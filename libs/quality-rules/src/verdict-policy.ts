import { RuleId, RULE_IDS } from './quality-issue';

/**
 * What an issue of a rule does to the content:
 * - `regenerate`: the content goes back to the generator with the issue (its field) while attempts remain, then
 *   to a human;
 * - `review`: straight to a human, whatever the attempt;
 * - `publish_with_warning`: the content may be published, carrying the issue for everyone to see.
 * Issues of severity `info` are advice and never hold content back.
 */
export const VERDICT_ACTIONS = ['regenerate', 'review', 'publish_with_warning'] as const;

/** One of {@link VERDICT_ACTIONS}. */
export type VerdictAction = (typeof VERDICT_ACTIONS)[number];

/** The action per rule; rules left out take {@link DEFAULT_VERDICT_POLICY}'s. */
export type VerdictPolicy = Readonly<Partial<Record<RuleId, VerdictAction>>>;

/**
 * Defaults: a defect a shopper can see (a missing call to action, duplicate copies, an over-long title, an h1
 * equal to the title, a dropped spec, unsafe content) is never published; it is regenerated, and a human sees it
 * after the last attempt. Only SEO advice no shopper notices is published with a warning.
 */
export const DEFAULT_VERDICT_POLICY: Readonly<Record<RuleId, VerdictAction>> = {
  ...(Object.fromEntries(RULE_IDS.map((rule) => [rule, 'regenerate'])) as Record<RuleId, VerdictAction>),
  target_keyword_missing: 'publish_with_warning',
  brand_name_missing: 'publish_with_warning',
};

/** The action for a rule under a policy, falling back to the default. */
export function verdictActionFor(rule: RuleId, policy: VerdictPolicy = {}): VerdictAction {
  return policy[rule] ?? DEFAULT_VERDICT_POLICY[rule];
}

import { rowsOf, type SqlRunner } from '../rate-limiting/llm-budget.store';

/**
 * The group's priority claims on one budget (table `generator.llm_priority_claim`), on the database clock. Each
 * method is one statement; errors reach the caller, which treats an unknown claim state as no claim (the budget
 * itself still fails closed).
 */
export class PriorityClaimStore {
  constructor(
    private readonly sql: SqlRunner,
    readonly limiterKey: string,
    readonly instanceId: string,
  ) {}

  /** Claims (or renews the claim on) the group's next slots for `ttlMs`. */
  async claim(ttlMs: number): Promise<void> {
    await this.sql.query(
      `INSERT INTO generator.llm_priority_claim (limiter_key, instance_id, claimed_until)
       VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3::float8 / 1000))
       ON CONFLICT (limiter_key, instance_id) DO UPDATE SET claimed_until = excluded.claimed_until`,
      [this.limiterKey, this.instanceId, ttlMs],
    );
  }

  /** This instance has no priority call waiting any more. */
  async drop(): Promise<void> {
    await this.sql.query(
      `DELETE FROM generator.llm_priority_claim WHERE limiter_key = $1 AND instance_id = $2`,
      [this.limiterKey, this.instanceId],
    );
  }

  /** Whether another instance's claim is live. */
  async claimedByOthers(): Promise<boolean> {
    const result = await this.sql.query(
      `SELECT EXISTS (SELECT 1 FROM generator.llm_priority_claim
                       WHERE limiter_key = $1 AND instance_id <> $2 AND claimed_until > clock_timestamp()) AS claimed`,
      [this.limiterKey, this.instanceId],
    );
    return rowsOf<{ claimed: boolean }>(result)[0]?.claimed === true;
  }
}

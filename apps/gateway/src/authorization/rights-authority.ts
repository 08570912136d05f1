import { Authorize, type AuthorizeReply, type AuthorizeQuery } from '@chaman/contracts';
import type { BusClient } from '@chaman/platform';
import { Counter, Gauge, type Registry } from 'prom-client';
import type { RightsCopy } from './rights-copy';
import type { RightsFeed } from './rights-feed';

/** Where a decision came from, for the metrics: the local copy, or the access-service (and why it was asked). */
export type DecisionSource = 'copy' | `owner:${string}`;

/**
 * Decides from the local copy when it is known current and allows; otherwise asks the access-service as
 * before: when the copy is stale (fail closed, never stale-open), and for every refusal, because a refusal
 * names the managers to ask, which only the owner knows, and the owner confirms it against the committed facts.
 */
export class RightsAuthority {
  private readonly decisions: Counter<'source'>;

  constructor(
    private readonly bus: BusClient,
    private readonly copy: RightsCopy | null,
    private readonly feed: RightsFeed | null,
    registry: Registry,
  ) {
    this.decisions = new Counter({
      name: 'chaman_authorization_decisions_total',
      help: 'Authorisation decisions by where they came from.',
      labelNames: ['source'],
      registers: [registry],
    });
    if (feed) {
      new Gauge({
        name: 'chaman_rights_copy_applied_sequence',
        help: 'Last access-stream sequence applied to the rights copy.',
        registers: [registry],
        collect() {
          this.set(feed.freshness.appliedSequence);
        },
      });
      new Gauge({
        name: 'chaman_rights_copy_heartbeat_age_seconds',
        help: 'Time since the rights copy was last confirmed complete (-1: never).',
        registers: [registry],
        collect() {
          const age = feed.freshness.heartbeatAgeMs();
          this.set(age === null ? -1 : age / 1000);
        },
      });
    }
  }

  async decide(request: AuthorizeQuery): Promise<AuthorizeReply & { source: DecisionSource }> {
    const local = this.fromCopy(request);
    this.decisions.inc({ source: local.source });
    if (local.allowed) return local;
    return { ...(await this.bus.send(Authorize, request)), source: local.source };
  }

  private fromCopy(
    request: AuthorizeQuery,
  ): { allowed: true; reason: string; source: 'copy' } | { allowed: false; source: DecisionSource } {
    if (!this.copy || !this.feed) return { allowed: false, source: 'owner:no-copy' };
    const freshness = this.feed.state();
    if (!freshness.current) return { allowed: false, source: `owner:${freshness.reason}` };
    const decision = this.copy.decide(request);
    return decision.allowed ? { ...decision, source: 'copy' } : { allowed: false, source: 'owner:refusal' };
  }
}

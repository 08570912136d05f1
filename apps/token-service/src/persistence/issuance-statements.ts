import type { RestEnvironment } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { PoolClient, QueryConfig, QueryResultRow } from 'pg';
import type { KnownAccount, KnownCertificateStatus, SigningCandidate } from '../domain/signing-certificate';

/** What the token endpoint knows of a client before its assertion's signature is checked. */
export interface SigningFacts {
  account: KnownAccount;
  candidate: SigningCandidate | null;
  /** Whether this statement recorded the jti (false: a replay, or nothing to record it for). */
  firstUse: boolean;
}

/** The assertion's jti as read before its signature is checked, and until when to remember it. */
export interface UnverifiedUse {
  jti: string | undefined;
  rememberUntil: Date;
}

interface FactsRow {
  id: string;
  client_id: string;
  enterprise_number: string;
  environment: RestEnvironment;
  scopes: string[];
  closed_at: string | null;
  certificate_id: string | null;
  certificate_account_id: string;
  owner_enterprise_number: string;
  public_key: string | null;
  // The ORM's connections read timestamps as text.
  not_before: string;
  not_after: string;
  status: KnownCertificateStatus;
  certificate_account_client_id: string;
  certificate_account_enterprise_number: string;
  certificate_account_environment: RestEnvironment;
  certificate_account_scopes: string[];
  delegation_scopes: string[] | null;
  first_use: boolean;
}

/**
 * In one statement: the account by its client id; the certificate with the assertion's thumbprint that could act for
 * it (on the account itself, or on a REST account of its owner in the account's environment; an active one first, the
 * account's own first) with the accepted delegation of the account to that certificate's owner, if any; and, when
 * such a certificate exists, the assertion's jti recorded (`first_use`: false when it was there already).
 */
const SIGNING_FACTS: QueryConfig = {
  name: 'token_signing_facts',
  text: `with facts as (
      select a.id, a.client_id, a.enterprise_number, a.environment, a.scopes, a.closed_at,
        c.id as certificate_id, c.rest_account_id as certificate_account_id, c.owner_enterprise_number, c.public_key,
        c.not_before, c.not_after, c.status, c.client_id as certificate_account_client_id,
        c.account_enterprise_number as certificate_account_enterprise_number,
        c.account_environment as certificate_account_environment, c.account_scopes as certificate_account_scopes,
        d.scopes as delegation_scopes
      from rest_account a
      left join lateral (
        select c.*, ca.client_id, ca.enterprise_number as account_enterprise_number, ca.environment as account_environment,
          ca.scopes as account_scopes
        from certificate c join rest_account ca on ca.id = c.rest_account_id
        where c.thumbprint = $2
          and (c.rest_account_id = a.id or (ca.enterprise_number = c.owner_enterprise_number and ca.environment = a.environment))
        order by (c.status = 'ACTIVE') desc, (c.rest_account_id = a.id) desc
        limit 1) c on true
      left join lateral (
        select scopes from delegation
        where rest_account_id = a.id and intermediary_enterprise_number = c.owner_enterprise_number
          and company_enterprise_number = a.enterprise_number and status = 'ACCEPTED'
        order by updated_at desc limit 1) d on true
      where a.client_id = $1),
    seen as (
      insert into seen_assertion (client_id, jti, expires_at)
      select $1, $3::text, $4::timestamptz from facts where facts.certificate_id is not null and $3::text is not null
      on conflict do nothing returning jti)
    select facts.*, exists (select 1 from seen) as first_use from facts`,
};

/** Forgets a jti recorded for an assertion that was then refused: only an issued token uses its jti up. */
const FORGET_USE: QueryConfig = {
  name: 'token_forget_use',
  text: 'delete from seen_assertion where client_id = $1 and jti = $2',
};

const RECORD_USE: QueryConfig = {
  name: 'token_record_use',
  text: 'update certificate set last_used_at = $2 where id = $1 and (last_used_at is null or last_used_at < $2)',
};

/**
 * The token endpoint's statements, the hottest path of the service: plain SQL on a connection of the ORM's pool,
 * each a named (prepared once per connection) statement, no entity manager (its fork and hydration cost more here
 * than the statements).
 */
@Injectable()
export class IssuanceStatements {
  constructor(private readonly orm: MikroORM) {}

  /**
   * One round trip: the facts, and the jti recorded before the signature is checked. The caller forgets it
   * (`forgetUse`) when it then refuses the assertion, so that an assertion's jti is used up only by a token issued.
   */
  async signingFacts(clientId: string, thumbprint: string, use: UnverifiedUse): Promise<SigningFacts | null> {
    const [row] = await this.run<FactsRow>(SIGNING_FACTS, [clientId, thumbprint, use.jti ?? null, use.rememberUntil]);
    if (!row) return null;
    const account: KnownAccount = {
      id: row.id,
      clientId: row.client_id,
      enterpriseNumber: row.enterprise_number,
      environment: row.environment,
      scopes: row.scopes,
      closedAt: row.closed_at === null ? null : new Date(row.closed_at),
    };
    if (!row.certificate_id) return { account, candidate: null, firstUse: false };
    return {
      account,
      firstUse: row.first_use,
      candidate: {
        certificate: {
          id: row.certificate_id,
          restAccountId: row.certificate_account_id,
          ownerEnterpriseNumber: row.owner_enterprise_number,
          publicKey: row.public_key,
          notBefore: new Date(row.not_before),
          notAfter: new Date(row.not_after),
          status: row.status,
        },
        certificateAccount: {
          id: row.certificate_account_id,
          clientId: row.certificate_account_client_id,
          enterpriseNumber: row.certificate_account_enterprise_number,
          environment: row.certificate_account_environment,
          scopes: row.certificate_account_scopes,
        },
        delegation: row.delegation_scopes
          ? { intermediaryEnterpriseNumber: row.owner_enterprise_number, scopes: row.delegation_scopes }
          : null,
      },
    };
  }

  async forgetUse(clientId: string, jti: string): Promise<void> {
    await this.run(FORGET_USE, [clientId, jti]);
  }

  /** Records the certificate's use in `minute`, writing only when the minute moved on. */
  async recordUse(certificateId: string, minute: Date): Promise<void> {
    await this.run(RECORD_USE, [certificateId, minute]);
  }

  private async run<Row extends QueryResultRow>(statement: QueryConfig, values: unknown[]): Promise<Row[]> {
    const pool = (this.orm.em.getConnection() as PostgreSqlConnection).getKnex().client;
    const connection = (await pool.acquireConnection()) as PoolClient;
    try {
      return (await connection.query<Row>({ ...statement, values })).rows;
    } finally {
      pool.releaseConnection(connection);
    }
  }
}

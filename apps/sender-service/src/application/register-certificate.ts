import {
  CertificateStatus,
  type CertificateView,
  ProblemException,
  RegisterCertificate,
  type RegisterCertificateCommand,
  SCHEMA_VIOLATION_ISSUE_TYPE,
  SenderEvents,
} from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { type ParsedCertificate, publicKeyOf, readCertificatePem } from '../domain/certificate-pem';
import { ENTERPRISE_LIMITS, withinLimit } from '../domain/enterprise-limits';
import { Certificate } from '../persistence/certificate.entity';
import { violates } from '../persistence/unique-violation';
import { ensureOpen } from '../domain/closure';
import { accountAccessFor } from './account-access-check';
import { certificateView } from './sender-views';

function pemIssue(code: 'invalidCertificate' | 'duplicateCertificate', detail: string): ProblemException {
  return ProblemException.of(code, `The certificate was refused: ${detail}.`, {
    issues: [{ type: SCHEMA_VIOLATION_ISSUE_TYPE, name: 'input.pem', detail }],
  });
}

/** Registers a certificate owned by the acting enterprise: the company itself, or its intermediary. */
@Injectable()
export class RegisterCertificateUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RegisterCertificateCommand, idempotencyKey?: string): Promise<CertificateView> {
    const reading = readCertificatePem(command.input.pem, this.clock.now());
    if (!reading.ok) throw pemIssue('invalidCertificate', reading.detail);
    try {
      return await runCommand(this.orm, { subject: RegisterCertificate.subject, request: command, idempotencyKey }, (em) =>
        this.register(em, command, reading.certificate),
      );
    } catch (error) {
      // The partial unique index on live fingerprints decides, also between two concurrent uploads.
      if (violates(error, 'certificate_active_fingerprint_key')) {
        throw pemIssue(
          'duplicateCertificate',
          `you already registered a certificate with the fingerprint ${reading.certificate.fingerprint} on this account`,
        );
      }
      throw error;
    }
  }

  private async register(em: EntityManager, command: RegisterCertificateCommand, parsed: ParsedCertificate): Promise<CertificateView> {
    const { account } = await accountAccessFor(em, command.enterpriseNumber, command.target.accountId, true);
    // The account row, locked, makes concurrent registrations count one after the other.
    const [{ closed_at: closedAt }] = await em.execute<{ closed_at: Date | string | null }[]>(
      'select closed_at from rest_account where id = ? for update',
      [account.id],
    );
    ensureOpen({ closedAt: closedAt === null ? null : new Date(closedAt) }, `REST account ${account.id}`);
    const [{ count }] = await em.execute<{ count: number }[]>(
      `select count(*)::int as count from certificate where rest_account_id = ? and owner_enterprise_number = ? and status = 'ACTIVE'`,
      [account.id, command.enterpriseNumber],
    );
    withinLimit(
      count,
      ENTERPRISE_LIMITS.activeCertificatesPerAccountAndOwner,
      'live certificates per REST account',
      'remove one you no longer use first',
    );
    const certificate = em.create(Certificate, {
      id: uuidv7(),
      restAccount: account,
      ownerEnterpriseNumber: command.enterpriseNumber,
      name: command.input.name.trim(),
      ...parsed,
      status: CertificateStatus.ACTIVE,
      createdAt: this.clock.now(),
      deactivatedAt: null,
    });
    await em.flush();
    const view = certificateView(certificate);
    this.events.record(em, SenderEvents.certificateRegistered, account.id, {
      certificate: view,
      actorUserId: command.actor.userId,
      actorEnterpriseNumber: command.enterpriseNumber,
      publicKey: publicKeyOf(parsed.pem),
    });
    return view;
  }
}

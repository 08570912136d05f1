import {
  Capability,
  CertificateView,
  ListCertificates,
  PageInput,
  RegisterCertificate,
  RegisterCertificateBody,
  RemoveCertificate,
} from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Delete, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Created } from '../http/created.decorator';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { envelope } from '../http/envelope';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf, type Linked } from '../http/collection';
import { IdempotencyKeyHeader } from '../http/idempotency-key.decorator';
import { ValidBody, ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { CertificatePath, RestAccountPath } from './sender.paths';
import { Answers } from '../openapi/answers.decorator';

/** Whether `{cbe}` owns the account or manages it by delegation is the sender-service's decision. */
@ApiTags('certificates')
@Controller('enterprises/:cbe/rest-accounts/:accountId/certificates')
@Requires(Capability.MANAGE_TECHNICAL_CHANNELS)
export class CertificatesController {
  constructor(private readonly bus: BusClient) {}

  @Post()
  @Created(CertificateView, (certificate) => certificate.id)
  @ApiOperation({
    summary: 'Register an X.509 certificate (PEM) on the account, owned by {cbe}: the company, or its intermediary by delegation.',
  })
  register(
    @ValidPath(RestAccountPath) path: RestAccountPath,
    @ValidBody(RegisterCertificateBody) body: RegisterCertificateBody,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKeyHeader() idempotencyKey?: string,
  ): Promise<CertificateView> {
    return this.bus.send(RegisterCertificate, envelope(principal, path, body), { idempotencyKey });
  }

  @Get()
  @Answers(CollectionOf(CertificateView, { href: true }))
  @ApiOperation({ summary: "The certificates {cbe} owns on the account (an intermediary's are visible to it alone)." })
  async list(
    @ValidPath(RestAccountPath) path: RestAccountPath,
    @ValidQuery(PageInput) page: PageInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<Collection<Linked<CertificateView>>> {
    return collectionOf(await this.bus.send(ListCertificates, envelope(principal, path, page)), request, (certificate) => certificate.id);
  }

  @Delete(':certificateId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a certificate {cbe} owns on the account.' })
  async remove(@ValidPath(CertificatePath) path: CertificatePath, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.bus.send(RemoveCertificate, envelope(principal, path));
  }
}

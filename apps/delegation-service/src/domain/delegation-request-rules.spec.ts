import { problemThrownBy } from '@chaman/testing';
import { DelegationParty, type EnterpriseView, Quality, RestEnvironment, type RestAccountView } from '@chaman/contracts';
import {
  checkRequest,
  ensureDelegable,
  ensureScopesOfAccount,
  initiatorOf,
  type RequestedDelegation,
  type RequestFacts,
} from './delegation-request-rules';

const COMPANY = '0123456749';
const INTERMEDIARY = '0403170701';
const ACCOUNT_ID = '0195a3c1-0000-7000-8000-000000000001';

const request: RequestedDelegation = {
  companyEnterpriseNumber: COMPANY,
  companyQuality: Quality.CPAS,
  intermediaryEnterpriseNumber: INTERMEDIARY,
  restAccountId: ACCOUNT_ID,
};

function enterprise(enterpriseNumber: string, qualities: Quality[]): EnterpriseView {
  return { enterpriseNumber, name: enterpriseNumber, qualities, registeredAt: '2026-01-01T00:00:00.000Z' };
}

const account: RestAccountView = {
  id: ACCOUNT_ID,
  senderNumber: '123456',
  enterpriseNumber: COMPANY,
  quality: Quality.CPAS,
  name: 'main',
  environment: RestEnvironment.PRODUCTION,
  scopes: ['dmfa:read', 'dmfa:write'],
  clientId: 'client',
  createdAt: '2026-01-01T00:00:00.000Z',
};

const facts: RequestFacts = {
  company: enterprise(COMPANY, [Quality.CPAS]),
  intermediary: enterprise(INTERMEDIARY, [Quality.TECHNICAL_INTERMEDIARY]),
  account,
};

describe('a new delegation request', () => {
  it('is initiated by the side the acting enterprise stands on', () => {
    expect(initiatorOf(request, COMPANY)).toBe(DelegationParty.COMPANY);
    expect(initiatorOf(request, INTERMEDIARY)).toBe(DelegationParty.INTERMEDIARY);
  });

  it('is refused to an enterprise that is neither party', () => {
    expect(problemThrownBy(() => initiatorOf(request, '0999999887'))).toMatchObject({ code: 'notADelegationParty', status: 403 });
  });

  it('is refused when the company would delegate to itself', () => {
    const problem = problemThrownBy(() => initiatorOf({ ...request, intermediaryEnterpriseNumber: COMPANY }, COMPANY));
    expect(problem).toMatchObject({ code: 'badRequest', issues: [expect.objectContaining({ name: 'intermediaryEnterpriseNumber' })] });
  });

  it('needs a delegable company quality', () => {
    expect(problemThrownBy(() => ensureDelegable(Quality.CPAS, new Set([Quality.CPAS])))).toBeNull();
    expect(problemThrownBy(() => ensureDelegable(Quality.EMPLOYER, new Set([Quality.CPAS])))).toMatchObject({
      code: 'qualityNotDelegable',
      delegableQualities: [Quality.CPAS],
    });
  });

  it('defaults its scopes to every scope of the account', () => {
    expect(checkRequest(request, facts)).toEqual(['dmfa:read', 'dmfa:write']);
    expect(checkRequest({ ...request, scopes: ['dmfa:read'] }, facts)).toEqual(['dmfa:read']);
  });

  it('refuses an unknown company or intermediary as a reference to nothing', () => {
    expect(problemThrownBy(() => checkRequest(request, { ...facts, company: null }))).toMatchObject({
      code: 'badRequest',
      issues: [expect.objectContaining({ name: 'companyEnterpriseNumber', type: expect.stringContaining('referencedResourceNotFound') })],
    });
    expect(problemThrownBy(() => checkRequest(request, { ...facts, intermediary: null }))).toMatchObject({
      issues: [expect.objectContaining({ name: 'intermediaryEnterpriseNumber' })],
    });
  });

  it('needs a company that holds the quality', () => {
    expect(problemThrownBy(() => checkRequest(request, { ...facts, company: enterprise(COMPANY, [Quality.EMPLOYER]) }))).toMatchObject({
      code: 'qualityNotHeld',
    });
  });

  it('needs an intermediary that is a technical intermediary', () => {
    expect(
      problemThrownBy(() => checkRequest(request, { ...facts, intermediary: enterprise(INTERMEDIARY, [Quality.EMPLOYER]) })),
    ).toMatchObject({
      code: 'notATechnicalIntermediary',
    });
  });

  it.each([
    ['missing', null],
    ['of another enterprise', { ...account, enterpriseNumber: '0403170701' }],
    ['of another quality', { ...account, quality: Quality.EMPLOYER }],
  ])('refuses a REST account %s the same way', (_, candidate) => {
    expect(problemThrownBy(() => checkRequest(request, { ...facts, account: candidate }))).toMatchObject({
      code: 'badRequest',
      issues: [expect.objectContaining({ name: 'restAccountId', value: ACCOUNT_ID })],
    });
  });

  it('refuses scopes the account does not have, one issue each', () => {
    const problem = problemThrownBy(() => ensureScopesOfAccount(['dmfa:read', 'other', 'more'], account.scopes));
    expect(problem?.issues).toEqual([
      expect.objectContaining({ name: 'scopes[1]', value: 'other' }),
      expect.objectContaining({ name: 'scopes[2]', value: 'more' }),
    ]);
  });
});

import { z } from 'zod';
import { enterpriseNumberField } from '../../../lib/enterprise-number-field';
import { scopesField } from '../../rest-accounts';

const enterpriseNumber = enterpriseNumberField();
const scopes = scopesField();

/** An intermediary asks a company: it names the company, its quality and the account the company told it. */
export const intermediaryRequestSchema = z.object({
  companyEnterpriseNumber: enterpriseNumber,
  companyQuality: z.string().min(1, 'validation.qualityOneRequired'),
  restAccountId: z
    .string()
    .trim()
    .regex(/^[0-9a-f-]{36}$/i, 'validation.accountRequired'),
  scopes,
});

/** A company offers one of its REST accounts to an intermediary. */
export const companyRequestSchema = z.object({
  intermediaryEnterpriseNumber: enterpriseNumber,
  restAccountId: z.string().min(1, 'validation.accountRequired'),
  scopes,
  /** Optional (`''`: none); the service checks that it is in the future. */
  endsOn: z.string(),
});

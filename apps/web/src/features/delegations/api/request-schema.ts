import { z } from 'zod';
import { scopesFrom } from '../../rest-accounts';

// The service checks the CBE/KBO check digits and says which rule failed; here only the shape is checked.
const enterpriseNumber = z.string().refine((value) => /^(BE)?[01]\d{9}$/i.test(value.replace(/[\s.]/g, '')), 'validation.enterpriseNumber');
const SCOPE = /^[A-Za-z][A-Za-z0-9._:/-]{0,99}$/;
const scopes = z.string().refine((text) => scopesFrom(text).every((scope) => SCOPE.test(scope)), 'validation.scopes');

/** An intermediary asks a company: it names the company, its quality and the account the company told it. */
export const intermediaryRequestSchema = z.object({
  companyEnterpriseNumber: enterpriseNumber,
  companyQuality: z.string().min(1, 'validation.qualityOneRequired'),
  restAccountId: z.string().trim().regex(/^[0-9a-f-]{36}$/i, 'validation.accountRequired'),
  scopes,
});

/** A company offers one of its REST accounts to an intermediary. */
export const companyRequestSchema = z.object({
  intermediaryEnterpriseNumber: enterpriseNumber,
  restAccountId: z.string().min(1, 'validation.accountRequired'),
  scopes,
});

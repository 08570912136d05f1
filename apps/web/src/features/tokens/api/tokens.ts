import type { AuthorizationServerMetadata, TokenUsageView } from '@chaman/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';

/** When each certificate of the account last obtained an access token (those that never did are absent). */
export const useTokenUsage = (cbe: string, accountId: string) =>
  useQuery({
    queryKey: ['token-usage', cbe, accountId],
    queryFn: () => request<TokenUsageView>(apiPath`/enterprises/${cbe}/rest-accounts/${accountId}/token-usage`),
  });

/**
 * RFC 8414's fixed path, written here rather than imported: a value from @chaman/contracts would bring class-validator
 * into the bundle.
 */
const DISCOVERY_PATH = '/.well-known/oauth-authorization-server';

/** The OAuth server's own description of itself (RFC 8414), on the origin that serves this page: the token endpoint comes from it. */
export const useAuthorizationServer = () =>
  useQuery({
    queryKey: ['authorization-server'],
    queryFn: () => request<AuthorizationServerMetadata>(DISCOVERY_PATH),
    staleTime: Infinity,
  });

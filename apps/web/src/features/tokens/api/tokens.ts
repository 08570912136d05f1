import { type AuthorizationServerMetadata, OAUTH_PATHS, type TokenUsageView } from '@chaman/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';

/** When each certificate of the account last obtained an access token (those that never did are absent). */
export const useTokenUsage = (cbe: string, accountId: string) =>
  useQuery({ queryKey: ['token-usage', cbe, accountId], queryFn: () => request<TokenUsageView>(apiPath`/enterprises/${cbe}/rest-accounts/${accountId}/token-usage`) });

/** The OAuth server's own description of itself (RFC 8414), on the origin that serves this page: the token endpoint comes from it. */
export const useAuthorizationServer = () =>
  useQuery({ queryKey: ['authorization-server'], queryFn: () => request<AuthorizationServerMetadata>(OAUTH_PATHS.discovery), staleTime: Infinity });

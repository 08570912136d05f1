import type { MeView, MyEnterprise } from '@chaman/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';

export const meKey = ['me'] as const;

export const meQuery = { queryKey: meKey, queryFn: () => request<MeView>(apiPath`/me`) };

export const useMe = (enabled = true) => useQuery({ ...meQuery, enabled });

/** The enterprise of the current address among the person's own, if they are a member of it. */
export function useMyEnterprise(cbe: string): { me: MeView | undefined; enterprise: MyEnterprise | undefined; isPending: boolean } {
  const query = useMe();
  return { me: query.data, enterprise: query.data?.enterprises.find((item) => item.enterpriseNumber === cbe), isPending: query.isPending };
}

/** The qualities in which a company may delegate, as the service is set (`GET /me`). */
export const useDelegableQualities = (): string[] => useMe().data?.delegableQualities ?? [];

import type { CertificateView } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, firstPage, request } from '../../../lib/api-client';
import { pagedQuery, requestEveryItem } from '../../../lib/paged-query';

export const certificatesKey = (cbe: string, accountId: string) => ['certificates', cbe, accountId] as const;

export const useCertificates = (cbe: string, accountId: string) =>
  useInfiniteQuery(
    pagedQuery<CertificateView>(
      certificatesKey(cbe, accountId),
      firstPage(apiPath`/enterprises/${cbe}/rest-accounts/${accountId}/certificates`),
    ),
  );

/** Every certificate of the account, every page: what its CSV export holds. */
export const everyCertificate = (cbe: string, accountId: string) =>
  requestEveryItem<CertificateView>(apiPath`/enterprises/${cbe}/rest-accounts/${accountId}/certificates`);

export function useAddCertificate(cbe: string, accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; pem: string }) =>
      request<CertificateView>(apiPath`/enterprises/${cbe}/rest-accounts/${accountId}/certificates`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: certificatesKey(cbe, accountId) }),
  });
}

export function useRemoveCertificate(cbe: string, accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (certificateId: string) =>
      request<void>(apiPath`/enterprises/${cbe}/rest-accounts/${accountId}/certificates/${certificateId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: certificatesKey(cbe, accountId) }),
  });
}

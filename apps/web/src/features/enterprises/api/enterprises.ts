import type { RegisteredEnterprise } from '@chaman/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, request } from '../../../lib/api-client';
import { meKey } from '../../me';

export interface EnterpriseRegistration {
  enterpriseNumber: string;
  name: string;
  qualities: string[];
  chiefAccessManager: { userId: string; name: string; email: string };
}

export function useRegisterEnterprise() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EnterpriseRegistration) => request<RegisteredEnterprise>(apiPath`/enterprises`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
}

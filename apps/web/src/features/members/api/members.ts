import type { AppointMemberBody, MemberView, PermissionView, Position } from '@chaman/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, request, requestAll } from '../../../lib/api-client';

/** The right as the access-service names it in paths. */
export const TECHNICAL_CHANNELS = 'chaman.technical-channels';

export const membersKey = (cbe: string) => ['members', cbe] as const;

export const membersQuery = (cbe: string) => queryOptions({ queryKey: membersKey(cbe), queryFn: () => requestAll<MemberView>(apiPath`/enterprises/${cbe}/members`) });

export const useMembers = (cbe: string) => useQuery(membersQuery(cbe));

/** Grants (`PUT`) or withdraws (`DELETE`) the technical-channels right of one member; answers the resulting state. */
export function useChangeRight(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, grant }: { userId: string; grant: boolean }) =>
      request<PermissionView>(apiPath`/enterprises/${cbe}/members/${userId}/permissions/${TECHNICAL_CHANNELS}`, { method: grant ? 'PUT' : 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(cbe) }),
  });
}

export type Appointment = Omit<AppointMemberBody, 'position'> & { userId: string; position: `${Position}` };

/** Appoints a person (`PUT`: the service also changes an existing member, so the form checks the list first). */
export function useAppointMember(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: Appointment) => request<MemberView>(apiPath`/enterprises/${cbe}/members/${userId}`, { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(cbe) }),
  });
}

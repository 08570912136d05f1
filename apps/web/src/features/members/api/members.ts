import type { AppointMemberBody, MemberView, PermissionView, Position } from '@chaman/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, type Collection, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';

/** The right as the access-service names it in paths. */
export const TECHNICAL_CHANNELS = 'chaman.technical-channels';

export const membersKey = (cbe: string) => ['members', cbe] as const;

export const membersQuery = (cbe: string) => pagedQuery<MemberView>(membersKey(cbe), firstPage(apiPath`/enterprises/${cbe}/members`));

export const useMembers = (cbe: string) => useInfiniteQuery(membersQuery(cbe));

/** The member with this login id, or `null`: asked of the service, since the list is read page by page. */
export const findMember = async (cbe: string, userId: string): Promise<MemberView | null> =>
  (await request<Collection<MemberView>>(firstPage(apiPath`/enterprises/${cbe}/members`, { userId }, 1))).items[0] ?? null;

/** Grants (`PUT`) or withdraws (`DELETE`) the technical-channels right of one member; answers the resulting state. */
export function useChangeRight(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, grant }: { userId: string; grant: boolean }) =>
      request<PermissionView>(apiPath`/enterprises/${cbe}/members/${userId}/permissions/${TECHNICAL_CHANNELS}`, {
        method: grant ? 'PUT' : 'DELETE',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(cbe) }),
  });
}

export type Appointment = Omit<AppointMemberBody, 'position'> & { userId: string; position: `${Position}` };

/** Appoints a person (`PUT`: the service also changes an existing member, so the form checks the list first). */
export function useAppointMember(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: Appointment) =>
      request<MemberView>(apiPath`/enterprises/${cbe}/members/${userId}`, { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: membersKey(cbe) }),
  });
}

import type { ContactVerificationView, SenderAction, SenderDetail, SenderView, TechnicalContactView } from '@chaman/contracts';
import { queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, firstPage, request } from '../../../lib/api-client';
import { pagedQuery } from '../../../lib/paged-query';
import { meKey } from '../../me';

export type ContactInput = Omit<TechnicalContactView, 'language'> & {
  language: TechnicalContactView['language'] | `${TechnicalContactView['language']}`;
};

export const sendersKey = (cbe: string) => ['senders', cbe] as const;
export const senderKey = (cbe: string, senderNumber: string) => ['senders', cbe, senderNumber] as const;

export const useSenders = (cbe: string, enabled = true) =>
  useInfiniteQuery({ ...pagedQuery<SenderView>(sendersKey(cbe), firstPage(apiPath`/enterprises/${cbe}/senders`)), enabled });

export const senderQuery = (cbe: string, senderNumber: string) =>
  queryOptions({
    queryKey: senderKey(cbe, senderNumber),
    queryFn: () => request<SenderDetail>(apiPath`/enterprises/${cbe}/senders/${senderNumber}`),
  });

export const useSender = (cbe: string, senderNumber: string) => useQuery(senderQuery(cbe, senderNumber));

/** Whether the service offers `action` on the sender now (`allowedActions`): the screen shows nothing else. */
export const allows = (sender: SenderDetail, action: `${SenderAction}`): boolean =>
  (sender.allowedActions ?? []).includes(action as SenderAction);

export function useCreateSender(cbe: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { quality: string; contact: ContactInput }) =>
      request<SenderView>(apiPath`/enterprises/${cbe}/senders`, { method: 'POST', body }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: meKey }), client.invalidateQueries({ queryKey: sendersKey(cbe) })]),
  });
}

export function useReplaceContact(cbe: string, senderNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (contact: ContactInput) =>
      request<SenderView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/contact`, { method: 'PUT', body: contact }),
    // The answer is the sender without what may be done on it: the detail is read again.
    onSuccess: () => client.invalidateQueries({ queryKey: senderKey(cbe, senderNumber), exact: true }),
  });
}

/** `POST …/senders/{senderNumber}/close`: the sender and all it holds stop for good. */
export function useCloseSender(cbe: string, senderNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<SenderView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/close`, { method: 'POST' }),
    // A closure ends much: the sender, its channels, its REST accounts with their certificates and delegations, what
    // may be done on each. Every answer kept is read again when next shown (those on screen at once).
    onSuccess: () => client.invalidateQueries(),
  });
}

export const contactVerificationKey = (cbe: string, senderNumber: string) =>
  ['senders', cbe, senderNumber, 'contact-verification'] as const;

/** Whether the technical contact confirmed their address (the notification-service keeps it, beside the sender). */
export const contactVerificationQuery = (cbe: string, senderNumber: string) =>
  queryOptions({
    queryKey: contactVerificationKey(cbe, senderNumber),
    queryFn: () => request<ContactVerificationView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/contact-verification`),
  });

export const useContactVerification = (cbe: string, senderNumber: string) => useQuery(contactVerificationQuery(cbe, senderNumber));

/** `POST …/contact-verification`: a new link to the contact; the previous one stops working. */
export function useResendContactVerification(cbe: string, senderNumber: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request<ContactVerificationView>(apiPath`/enterprises/${cbe}/senders/${senderNumber}/contact-verification`, { method: 'POST' }),
    onSuccess: (view) => client.setQueryData(contactVerificationKey(cbe, senderNumber), view),
  });
}

/** `POST /contact-verifications/{token}`: the person who received the link confirms, signed in or not. */
export const useConfirmContact = (token: string) =>
  useMutation({ mutationFn: () => request<ContactVerificationView>(apiPath`/contact-verifications/${token}`, { method: 'POST' }) });

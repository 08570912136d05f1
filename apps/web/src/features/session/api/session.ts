import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CLIENT_HEADER } from '../../../lib/api-client';

/** The signed-in person as the gateway's session says (the browser never holds a token). */
export interface SessionUser {
  sub: string;
  name?: string;
  email?: string;
  roles: string[];
  /** When the session ends (its lifetime is absolute): the client warns before. */
  expiresAt?: string;
}

export const sessionKey = ['session'] as const;

/** `null` when nobody is signed in (401). */
export async function fetchSession(): Promise<SessionUser | null> {
  const response = await fetch('/auth/session', { credentials: 'same-origin', headers: { ...CLIENT_HEADER } });
  // The body is read in every case: an unread one keeps the request open in the browser.
  const body = await response.text();
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`session: ${response.status}`);
  const { user, expiresAt } = JSON.parse(body) as { user: SessionUser; expiresAt?: string };
  return { ...user, ...(expiresAt ? { expiresAt } : {}) };
}

export const useSession = () => useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });

/** Where the login button leads: the gateway's OpenID Connect login, back to the page the person was on. */
export const loginUrl = (returnTo: string): string => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { ...CLIENT_HEADER } });
    },
    onSuccess: () => {
      client.clear();
      client.setQueryData(sessionKey, null);
    },
  });
}

import type { Principal } from '../principal';

/** A logged-in browser, kept server-side: the cookie carries only its random id. */
export interface WebSession {
  principal: Principal;
  /** The provider's ID token, sent back as `id_token_hint` when the session ends. */
  idToken?: string;
  createdAt: string;
}

/** A login under way, between `/auth/login` and `/auth/callback` (possibly on another replica). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
  createdAt: string;
}

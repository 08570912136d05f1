/** An OpenSSH public key line as the server accepts it (`<algorithm> <base64> [comment]`); the server has the last word. */
export const looksLikeSshKey = (text: string): boolean => /^(ssh-|ecdsa-)\S+ \S+/.test(text.trim());

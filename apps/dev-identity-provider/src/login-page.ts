export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const STYLE = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
label{display:block;margin-top:1rem;font-weight:600}input[type=text],input[type=email]{display:block;width:100%;padding:.5rem;margin-top:.25rem;border:2px solid #505050;box-sizing:border-box}
.check{display:flex;gap:.5rem;align-items:center;margin-top:1rem}.check label{margin:0}.hint{color:#404040;font-size:.9rem}
button{margin-top:1.5rem;padding:.6rem 1.2rem;background:#00407a;color:#fff;border:0;font-size:1rem}.error{color:#a00000;border-left:4px solid #a00000;padding-left:.5rem}
:focus{outline:3px solid #ffbf47;outline-offset:2px}`;

/**
 * The login form: any user id is accepted; the page names itself as the development provider. The operator box
 * only with `operatorLogin` (DEV_IDP_OPERATOR_LOGIN=true).
 */
export function loginPage(action: string, clientName: string, error?: string, operatorLogin = false): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in — Chaman development identity provider</title><style>${STYLE}</style></head>
<body><main>
<h1>Log in to ${escapeHtml(clientName)}</h1>
<p class="hint">Development identity provider: any user id is accepted, without a password.</p>
${error ? `<p class="error" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" autocomplete="off">
<label for="login">User id</label>
<input type="text" id="login" name="login" required aria-describedby="login-hint${error ? ' login-error' : ''}"${error ? ' aria-invalid="true"' : ''} autofocus>
<p class="hint" id="login-hint">Letters, digits and . _ @ + - (up to 255).</p>
<label for="name">Name (optional)</label>
<input type="text" id="name" name="name" aria-describedby="name-hint">
<p class="hint" id="name-hint">Derived from the user id when empty.</p>
<label for="email">E-mail (optional)</label>
<input type="email" id="email" name="email" aria-describedby="email-hint">
<p class="hint" id="email-hint">Derived from the user id when empty.</p>
${operatorLogin ? '<div class="check"><input type="checkbox" id="operator" name="roles" value="chaman-admin"><label for="operator">Platform operator (role chaman-admin)</label></div>\n' : ''}<button type="submit">Log in</button>
</form>
</main></body></html>`;
}

/** What the session-side of authentication needs from the configuration (injected once). */
export class WebLoginSettings {
  constructor(
    readonly publicUrl: string | undefined,
    readonly sessionTtlSeconds: number,
  ) {}
}

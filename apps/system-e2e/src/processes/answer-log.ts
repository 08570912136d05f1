export interface TimedAnswer {
  method: string;
  path: string;
  /** HTTP status; 0 when no answer came before the hang limit or the connection failed. */
  status: number;
  /** The problem type of an error answer. */
  type?: string;
  contentType: string;
  body: any;
  startedAt: number;
  endedAt: number;
  ms: number;
  error?: string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Every call a fault test makes, timed: a call that gets no answer within `hangLimitMs` is recorded as a
 * hang (status 0) instead of stalling the test, so "never hangs" is measured, not assumed.
 */
export class AnswerLog {
  readonly answers: TimedAnswer[] = [];

  constructor(
    private readonly baseUrl: string,
    private readonly hangLimitMs: number,
  ) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<TimedAnswer> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const startedAt = Date.now();
    const answer: TimedAnswer = { method, path, status: 0, contentType: '', body: undefined, startedAt, endedAt: 0, ms: 0 };
    try {
      const response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(this.hangLimitMs),
      });
      answer.status = response.status;
      answer.contentType = response.headers.get('content-type') ?? '';
      const text = await response.text();
      try {
        answer.body = text ? JSON.parse(text) : undefined;
      } catch {
        answer.body = text;
      }
      if (answer.status >= 400) answer.type = answer.body?.type;
    } catch (error) {
      answer.error = (error as Error).name === 'TimeoutError' ? `no answer within ${this.hangLimitMs} ms` : (error as Error).message;
    }
    answer.endedAt = Date.now();
    answer.ms = answer.endedAt - startedAt;
    this.answers.push(answer);
    return answer;
  }

  /** Answers that are neither a success nor a clean "unavailable/timeout" problem: what a fault must never cause. */
  unclean(): TimedAnswer[] {
    return this.answers.filter((answer) => !(isSuccess(answer) || isCleanOutageProblem(answer)));
  }

  slowerThan(ms: number): TimedAnswer[] {
    return this.answers.filter((answer) => answer.ms > ms);
  }

  /** `{ "201": 12, "503": 40, … }`. */
  statusCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const answer of this.answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
    return counts;
  }

  startedBetween(from: number, to: number): TimedAnswer[] {
    return this.answers.filter((answer) => answer.startedAt >= from && answer.startedAt <= to);
  }
}

export function isSuccess(answer: TimedAnswer): boolean {
  return answer.status >= 200 && answer.status < 300;
}

/** A 503 `serviceUnavailable` or 504 `serviceTimeout` problem as application/problem+json, or health's 503 `DOWN`. */
export function isCleanOutageProblem(answer: TimedAnswer): boolean {
  if (answer.status === 503 && answer.body?.status === 'DOWN') return true;
  return (
    answer.contentType.startsWith('application/problem+json') &&
    ((answer.status === 503 && answer.type === 'urn:problem-type:belgif:serviceUnavailable') ||
      (answer.status === 504 && answer.type === 'urn:problem-type:chaman:serviceTimeout'))
  );
}

/** Short lines describing answers, for a failure message. */
export function describeAnswers(answers: TimedAnswer[], max = 10): string {
  return answers
    .slice(0, max)
    .map(
      (answer) =>
        `${answer.method} ${answer.path} → ${answer.status} ${answer.type ?? ''} in ${answer.ms} ms ${answer.error ?? ''} ${answer.status >= 500 ? JSON.stringify(answer.body) : ''}`,
    )
    .join('\n');
}

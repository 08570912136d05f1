import type { InputIssue, InputLocation, Problem } from '@chaman/contracts';

/**
 * A service names the member of the message it refused (`input.pem`, `target.senderNumber`, or a bare member of the
 * input); the gateway built that message from the request, so it says where the client sent the value.
 */
export function locateIssues(problem: Problem, method: string): Problem {
  if (!problem.issues?.some((issue) => issue.in === undefined)) return problem;
  const input: InputLocation = method === 'GET' ? 'query' : 'body';
  return { ...problem, issues: problem.issues.map((issue) => (issue.in ? issue : located(issue, input))) };
}

function located(issue: InputIssue, input: InputLocation): InputIssue {
  const [member, ...rest] = issue.name.split('.');
  const inner = rest.join('.');
  if (member === 'target') return { ...issue, in: 'path', name: inner || 'path' };
  if (member === 'enterpriseNumber') return { ...issue, in: 'path', name: 'cbe' };
  if (member === 'expectedVersion') return { ...issue, in: 'header', name: 'If-Match' };
  if (member === 'input') return { ...issue, in: input, name: inner || input };
  return { ...issue, in: input };
}

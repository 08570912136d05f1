import { ProblemError } from './problem-error';
import { mapProblem } from './problem-form';

const badRequest = (issues: { in: 'body' | 'path'; name: string; detail: string }[]) =>
  new ProblemError({
    type: 'urn:problem-type:belgif:badRequest',
    title: 'Bad Request',
    status: 400,
    code: 'badRequest',
    issues: issues.map((issue) => ({ type: 'x', ...issue })),
  });

describe('mapping a problem onto a form', () => {
  it("puts body issues on the form's fields and keeps the others for the summary", () => {
    const mapped = mapProblem(
      badRequest([
        { in: 'body', name: 'contact.email', detail: 'email must be one e-mail address' },
        { in: 'path', name: 'cbe', detail: 'bad' },
      ]),
      ['contact.email', 'contact.firstName'],
    );
    expect(mapped.fieldIssues.map((issue) => issue.name)).toEqual(['contact.email']);
    expect(mapped.otherIssues.map((issue) => issue.name)).toEqual(['cbe']);
  });

  it('strips the prefix of a nested body so the issue lands on the field of a smaller form', () => {
    const mapped = mapProblem(
      badRequest([{ in: 'body', name: 'contact.phone', detail: 'phone must be a phone number' }]),
      ['phone'],
      'contact.',
    );
    expect(mapped.fieldIssues).toEqual([expect.objectContaining({ name: 'phone' })]);
  });

  it('keeps a problem without issues whole, for the summary to say in words', () => {
    const mapped = mapProblem(
      new ProblemError({ type: 'urn:problem-type:chaman:senderAlreadyExists', title: 'x', status: 409, code: 'senderAlreadyExists' }),
      ['contact.email'],
    );
    expect(mapped).toMatchObject({ fieldIssues: [], otherIssues: [], error: { code: 'senderAlreadyExists' } });
  });

  it('treats anything thrown that is not a problem as an internal error', () => {
    expect(mapProblem(new Error('boom'), []).error.code).toBe('internalServerError');
  });
});

import { Capability, Position } from '@chaman/contracts';
import { refusalProblem } from './manager-contacts';

const contacts = [
  { name: 'Chloé Chief', email: 'chief@example.test', position: Position.CHIEF_ACCESS_MANAGER },
  { name: 'Gaston Group', email: 'group@example.test', position: Position.GROUP_MANAGER },
];

describe('the problem of a refused decision', () => {
  it('names the managers to contact for a missing technical-channels right', () => {
    const problem = refusalProblem(
      Capability.MANAGE_TECHNICAL_CHANNELS,
      { allowed: false, refusal: 'channelsRight', detail: 'You do not hold the right.' },
      contacts,
    );
    expect(problem).toMatchObject({
      status: 403,
      code: 'missingTechnicalChannelsRight',
      permission: 'chaman.technical-channels',
      contacts,
    });
    expect(problem.detail).toContain(
      'An access manager or a group manager of your enterprise grants it in Chaman, on the enterprise\'s "Members and rights" page',
    );
    expect(problem.detail).toContain('Chloé Chief <chief@example.test> (chief access manager)');
    expect(problem.detail).toContain('Gaston Group <group@example.test> (group manager)');
  });

  it('answers resourceNotFound, naming nobody, to a non-member', () => {
    const problem = refusalProblem(Capability.MANAGE_MEMBERS, { allowed: false, refusal: 'notFound', detail: 'No enterprise.' }, contacts);
    expect(problem).toEqual({
      type: 'urn:problem-type:belgif:resourceNotFound',
      title: 'Resource Not Found',
      status: 404,
      code: 'resourceNotFound',
      detail: 'No enterprise.',
    });
  });

  it('answers missingPermission to a member whose position does not allow it', () => {
    const problem = refusalProblem(
      Capability.MANAGE_MEMBERS,
      { allowed: false, refusal: 'position', detail: 'Only access managers.' },
      contacts.slice(0, 1),
    );
    expect(problem).toMatchObject({ status: 403, code: 'missingPermission', capability: 'MANAGE_MEMBERS', contacts: contacts.slice(0, 1) });
  });
});

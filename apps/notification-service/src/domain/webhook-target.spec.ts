import { isPrivateAddress, webhookUrlFault } from './webhook-target';

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '[::1]',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
  ])('treats %s as private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '2001:4860:4860::8888', 'example.be'])('treats %s as public', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );

  it('refuses plain HTTP, loopback names and private addresses unless the deployment allows them', () => {
    expect(webhookUrlFault('https://hooks.example.be/chaman', false)).toBeNull();
    expect(webhookUrlFault('http://hooks.example.be/chaman', false)).toMatch(/https/);
    expect(webhookUrlFault('https://localhost/x', false)).toMatch(/private/);
    expect(webhookUrlFault('https://10.0.0.5/x', false)).toMatch(/private/);
    expect(webhookUrlFault('https://user:pw@hooks.example.be/x', false)).toMatch(/credentials/);
    expect(webhookUrlFault('http://127.0.0.1:8099/hooks', true)).toBeNull();
  });
});

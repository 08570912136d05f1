import { composeMail } from './compose-mail';
import { LANGUAGES } from './letter';
import * as messages from './messages';

const TEMPLATES = Object.values(messages).filter(
  (value): value is typeof messages.channelAdded => typeof value === 'object' && 'letters' in value,
);

describe('mail templates', () => {
  it.each(TEMPLATES.map((template) => [template.name, template] as const))('%s has a letter in every language', (_, template) => {
    expect(Object.keys(template.letters).sort()).toEqual([...LANGUAGES].sort());
  });

  it('writes text and HTML saying the same, escaped, in the recipient language', () => {
    const mail = composeMail(
      messages.channelAdded,
      'nl',
      { senderNumber: '123456', enterprise: 'A & <B> (0123456749)', channelType: 'SFTP' },
      'Jan Peeters',
    );
    expect(mail.subject).toBe('Chaman: kanaal SFTP geopend voor afzender 123456');
    expect(mail.text).toContain('Beste Jan Peeters,');
    expect(mail.text).toContain('A & <B> (0123456749)');
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('A &#38; &#60;B&#62; (0123456749)');
  });
});

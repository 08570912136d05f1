import { useTranslation } from 'react-i18next';
import { ProblemError } from '../lib/problem-error';

interface ManagerContact {
  name: string;
  email: string;
  position: string;
}

const contactsOf = (error: ProblemError): ManagerContact[] => {
  const contacts = error.problem.contacts;
  return Array.isArray(contacts) ? (contacts as ManagerContact[]) : [];
};

/** A refusal in the reader's language (one text per problem type), with the managers to ask when the API names them. */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const problem = error instanceof ProblemError ? error : null;
  const code = problem?.code ?? 'internalServerError';
  const key = i18n.exists(`problems.${code}`) ? `problems.${code}` : 'problems.unknown';
  const contacts = problem ? contactsOf(problem) : [];
  return (
    <div className="problem">
      <p>{t(key, { label: t('rights.technicalChannels') })}</p>
      {contacts.length > 0 && (
        <>
          <p>{t('rights.askOneOf')}</p>
          <ul className="contacts">
            {contacts.map((contact) => (
              <li key={contact.email}>
                {contact.name} ({t(`positions.${contact.position}`)}) – <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { HomePage } from '../features/me/routes/home-page';
import { EnterpriseLayout } from './layout/enterprise-layout';
import { RequireSession } from './layout/require-session';
import { RootLayout } from './layout/root-layout';

// Each screen is its own chunk: the first screen downloads only what it shows.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const EnterpriseHomePage = page(() => import('../features/senders/routes/enterprise-home-page'), 'EnterpriseHomePage');
const CreateSenderPage = page(() => import('../features/senders/routes/create-sender-page'), 'CreateSenderPage');
const SenderPage = page(() => import('../features/senders/routes/sender-page'), 'SenderPage');
const ReplaceContactPage = page(() => import('../features/senders/routes/replace-contact-page'), 'ReplaceContactPage');
const AddChannelPage = page(() => import('../features/channels/routes/add-channel-page'), 'AddChannelPage');
const CreateRestAccountPage = page(() => import('../features/rest-accounts/routes/create-rest-account-page'), 'CreateRestAccountPage');
const RestAccountPage = page(() => import('../features/certificates/routes/rest-account-page'), 'RestAccountPage');
const AddCertificatePage = page(() => import('../features/certificates/routes/add-certificate-page'), 'AddCertificatePage');
const MembersPage = page(() => import('../features/members/routes/members-page'), 'MembersPage');
const DelegationsPage = page(() => import('../features/delegations/routes/delegations-page'), 'DelegationsPage');
const RequestDelegationPage = page(() => import('../features/delegations/routes/request-delegation-page'), 'RequestDelegationPage');
const DelegationPage = page(() => import('../features/delegations/routes/delegation-page'), 'DelegationPage');
const WebhooksPage = page(() => import('../features/webhooks/routes/webhooks-page'), 'WebhooksPage');
const RegisterEnterprisePage = page(() => import('../features/enterprises/routes/register-enterprise-page'), 'RegisterEnterprisePage');
const NotFoundPage = page(() => import('./not-found-page'), 'NotFoundPage');

export function AppRoutes() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      <Routes>
        <Route element={<RootLayout />}>
          <Route index element={<HomePage />} />
          <Route element={<RequireSession />}>
            <Route path="operator/enterprises/new" element={<RegisterEnterprisePage />} />
            <Route path="e/:cbe" element={<EnterpriseLayout />}>
              <Route index element={<EnterpriseHomePage />} />
              <Route path="senders/new" element={<CreateSenderPage />} />
              <Route path="senders/:senderNumber" element={<SenderPage />} />
              <Route path="senders/:senderNumber/contact" element={<ReplaceContactPage />} />
              <Route path="senders/:senderNumber/channels/new" element={<AddChannelPage />} />
              <Route path="senders/:senderNumber/rest-accounts/new" element={<CreateRestAccountPage />} />
              <Route path="rest-accounts/:accountId" element={<RestAccountPage />} />
              <Route path="rest-accounts/:accountId/certificates/new" element={<AddCertificatePage />} />
              <Route path="members" element={<MembersPage />} />
              <Route path="delegations" element={<DelegationsPage />} />
              <Route path="delegations/new" element={<RequestDelegationPage />} />
              <Route path="delegations/:id" element={<DelegationPage />} />
              <Route path="webhooks" element={<WebhooksPage />} />
            </Route>
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

import type { MeView } from '@chaman/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { type Params, type RouteObject, useRoutes } from 'react-router';
import { channelsQuery } from '../features/channels/api/channels';
import { delegationQuery, delegationsQuery } from '../features/delegations/api/delegations';
import { meQuery } from '../features/me/api/me';
import { HomePage } from '../features/me/routes/home-page';
import { membersQuery } from '../features/members/api/members';
import { restAccountsQuery } from '../features/rest-accounts/api/rest-accounts';
import { contactVerificationQuery, senderQuery } from '../features/senders/api/senders';
import { isAccessManager } from '../lib/positions';
import { RouteErrorBoundary } from './errors/route-error-boundary';
import { EnterpriseLayout } from './layout/enterprise-layout';
import { RequireSession } from './layout/require-session';
import { RootLayout } from './layout/root-layout';
import { lazyScreen } from './lazy-screen';
import { Skeleton } from '../components/skeleton';

/** What a route can start before it is shown: its chunk, and the data its screen asks for first. */
export interface ScreenHandle {
  preload: () => Promise<unknown>;
  prefetch?: (client: QueryClient, params: Params) => void;
}

type Screen = ReturnType<typeof lazyScreen>;
/** The route of a lazy screen; the path '' makes the index route. */
function screen(path: string, Screen: Screen, prefetch?: ScreenHandle['prefetch']): RouteObject {
  const element = (
    <RouteErrorBoundary>
      <Screen />
    </RouteErrorBoundary>
  );
  const route = { element, handle: { preload: Screen.preload, prefetch } satisfies ScreenHandle };
  return path === '' ? { ...route, index: true } : { ...route, path };
}

// Each screen is its own chunk: the first screen downloads only what it shows.
const EnterpriseHomePage = lazyScreen(() => import('../features/senders/routes/enterprise-home-page'), 'EnterpriseHomePage');
const CreateSenderPage = lazyScreen(() => import('../features/senders/routes/create-sender-page'), 'CreateSenderPage');
const SenderPage = lazyScreen(() => import('../features/senders/routes/sender-page'), 'SenderPage');
const ReplaceContactPage = lazyScreen(() => import('../features/senders/routes/replace-contact-page'), 'ReplaceContactPage');
const AddChannelPage = lazyScreen(() => import('../features/channels/routes/add-channel-page'), 'AddChannelPage');
const CreateRestAccountPage = lazyScreen(
  () => import('../features/rest-accounts/routes/create-rest-account-page'),
  'CreateRestAccountPage',
);
const RestAccountPage = lazyScreen(() => import('../features/certificates/routes/rest-account-page'), 'RestAccountPage');
const AddCertificatePage = lazyScreen(() => import('../features/certificates/routes/add-certificate-page'), 'AddCertificatePage');
const AddMemberPage = lazyScreen(() => import('../features/members/routes/add-member-page'), 'AddMemberPage');
const MembersPage = lazyScreen(() => import('../features/members/routes/members-page'), 'MembersPage');
const DelegationsPage = lazyScreen(() => import('../features/delegations/routes/delegations-page'), 'DelegationsPage');
const RequestDelegationPage = lazyScreen(() => import('../features/delegations/routes/request-delegation-page'), 'RequestDelegationPage');
const DelegationPage = lazyScreen(() => import('../features/delegations/routes/delegation-page'), 'DelegationPage');
const WebhooksPage = lazyScreen(() => import('../features/webhooks/routes/webhooks-page'), 'WebhooksPage');
const RegisterEnterprisePage = lazyScreen(
  () => import('../features/enterprises/routes/register-enterprise-page'),
  'RegisterEnterprisePage',
);
const ConfirmDelegationActionPage = lazyScreen(
  () => import('../features/delegations/routes/confirm-delegation-action-page'),
  'ConfirmDelegationActionPage',
);
const RemoveCertificatePage = lazyScreen(() => import('../features/certificates/routes/remove-certificate-page'), 'RemoveCertificatePage');
const DeleteWebhookPage = lazyScreen(() => import('../features/webhooks/routes/delete-webhook-page'), 'DeleteWebhookPage');
const AccessibilityPage = lazyScreen(() => import('../features/public-pages/routes/public-page'), 'AccessibilityPage');
const PrivacyPage = lazyScreen(() => import('../features/public-pages/routes/public-page'), 'PrivacyPage');
const HelpPage = lazyScreen(() => import('../features/public-pages/routes/public-page'), 'HelpPage');
const AuditPage = lazyScreen(() => import('../features/audit/routes/audit-page'), 'AuditPage');
const DeskPage = lazyScreen(() => import('../features/admin/routes/desk-page'), 'DeskPage');
const DeskEnterprisePage = lazyScreen(() => import('../features/admin/routes/desk-enterprise-page'), 'DeskEnterprisePage');
const ContactVerificationPage = lazyScreen(() => import('../features/senders/routes/contact-verification-page'), 'ContactVerificationPage');
const NotFoundPage = lazyScreen(() => import('./not-found-page'), 'NotFoundPage');
const CloseRestAccountPage = lazyScreen(() => import('../features/rest-accounts/routes/close-rest-account-page'), 'CloseRestAccountPage');
const CloseChannelPage = lazyScreen(() => import('../features/channels/routes/close-channel-page'), 'CloseChannelPage');
const ReplaceSftpKeyPage = lazyScreen(() => import('../features/channels/routes/replace-sftp-key-page'), 'ReplaceSftpKeyPage');
const CloseSenderPage = lazyScreen(() => import('../features/senders/routes/close-sender-page'), 'CloseSenderPage');
const HandOverChiefPage = lazyScreen(() => import('../features/members/routes/hand-over-chief-page'), 'HandOverChiefPage');
const DeskHandOverChiefPage = lazyScreen(() => import('../features/admin/routes/desk-hand-over-chief-page'), 'DeskHandOverChiefPage');

const senderData: ScreenHandle['prefetch'] = (client, { cbe = '', senderNumber = '' }) => {
  void client.prefetchQuery(senderQuery(cbe, senderNumber));
  void client.prefetchQuery(contactVerificationQuery(cbe, senderNumber));
  void client.prefetchInfiniteQuery(channelsQuery(cbe, senderNumber));
  void client.prefetchInfiniteQuery(restAccountsQuery(cbe, senderNumber));
};

// Only access managers may list the members: the list is asked for once `/me` (already on its way) says the viewer is one.
const membersData: ScreenHandle['prefetch'] = (client, { cbe = '' }) => {
  const listed = (me: MeView) => isAccessManager(me.enterprises.find((enterprise) => enterprise.enterpriseNumber === cbe)?.position ?? '');
  void client.fetchQuery(meQuery).then(
    (me) => (listed(me) ? client.prefetchInfiniteQuery(membersQuery(cbe)) : undefined),
    () => undefined,
  );
};

// The two lists as they open, without filters (a filtered address asks for its own pages once shown).
const delegationsData: ScreenHandle['prefetch'] = (client, { cbe = '' }) => {
  void client.prefetchInfiniteQuery(delegationsQuery(cbe, { direction: 'received' }));
  void client.prefetchInfiniteQuery(delegationsQuery(cbe, { direction: 'sent' }));
};

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        index: true,
        element: (
          <RouteErrorBoundary>
            <HomePage />
          </RouteErrorBoundary>
        ),
        // A member of one enterprise is led on to its home: its chunk (a few KB) comes with the first round, not after `/me`.
        handle: { preload: EnterpriseHomePage.preload } satisfies ScreenHandle,
      },
      {
        element: <RequireSession />,
        children: [
          screen('operator/enterprises/new', RegisterEnterprisePage),
          screen('operator/desk', DeskPage),
          screen('operator/desk/enterprises/:cbe', DeskEnterprisePage),
          screen('operator/desk/enterprises/:cbe/chief', DeskHandOverChiefPage),
          {
            path: 'e/:cbe',
            element: <EnterpriseLayout />,
            children: [
              screen('', EnterpriseHomePage),
              screen('senders/new', CreateSenderPage),
              screen('senders/:senderNumber', SenderPage, senderData),
              screen('senders/:senderNumber/contact', ReplaceContactPage),
              screen('senders/:senderNumber/channels/new', AddChannelPage),
              screen('senders/:senderNumber/rest-accounts/new', CreateRestAccountPage),
              screen('rest-accounts/:accountId', RestAccountPage),
              screen('rest-accounts/:accountId/certificates/new', AddCertificatePage),
              screen('members', MembersPage, membersData),
              screen('members/new', AddMemberPage),
              screen('delegations', DelegationsPage, delegationsData),
              screen('delegations/new', RequestDelegationPage),
              screen(
                'delegations/:id',
                DelegationPage,
                (client, { cbe = '', id = '' }) => void client.prefetchQuery(delegationQuery(cbe, id)),
              ),
              screen('webhooks', WebhooksPage),
              screen(
                'delegations/:id/:action',
                ConfirmDelegationActionPage,
                (client, { cbe = '', id = '' }) => void client.prefetchQuery(delegationQuery(cbe, id)),
              ),
              screen('rest-accounts/:accountId/certificates/:certificateId/remove', RemoveCertificatePage),
              screen('webhooks/:webhookId/delete', DeleteWebhookPage),
              screen('audit', AuditPage),
              screen('senders/:senderNumber/rest-accounts/:accountId/close', CloseRestAccountPage),
              screen('senders/:senderNumber/channels/:channelId/close', CloseChannelPage),
              screen('senders/:senderNumber/channels/:channelId/key', ReplaceSftpKeyPage),
              screen('senders/:senderNumber/close', CloseSenderPage),
              screen('members/chief', HandOverChiefPage),
            ],
          },
        ],
      },
      screen('accessibility', AccessibilityPage),
      screen('privacy', PrivacyPage),
      screen('help', HelpPage),
      // The link mailed to a technical contact: public, its reader may have no account.
      screen('contact-verification/:token', ContactVerificationPage),
      screen('*', NotFoundPage),
    ],
  },
];

export function AppRoutes() {
  return <Suspense fallback={<Skeleton />}>{useRoutes(routes)}</Suspense>;
}

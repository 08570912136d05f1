import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { fakeFetch } from '../../../../test/fake-fetch';
import { renderScreen } from '../../../../test/render';
import type { Language } from '../../../i18n/languages';
import { CloseChannelPage } from './close-channel-page';
import { ReplaceSftpKeyPage } from './replace-sftp-key-page';

const CPAS = '0123456749';
const CHANNEL = '0195a3b0-2222-7222-8333-944455566677';
const CHANNELS = `/api/v1/enterprises/${CPAS}/senders/100001/channels`;
const sftp = {
  id: CHANNEL,
  senderNumber: '100001',
  enterpriseNumber: CPAS,
  type: 'SFTP',
  sshPublicKey: 'ssh-ed25519 AAAAold old@cpas',
  sshKeyFingerprint: 'SHA256:old',
  createdAt: '2026-12-01T00:00:00.000Z',
};
const listed = { status: 200, body: { items: [sftp], total: 1 } };
// jsdom's File has no text(): the field reads the file with it.
const keyFile = (text: string) => Object.assign(new File([text], 'id_ed25519.pub'), { text: async () => text });

function SenderFlash() {
  const { state } = useLocation();
  return <p>sender page: {(state as { flash: { key: string } }).flash.key}</p>;
}

const screenAt = (page: 'close' | 'key', language: Language) =>
  renderScreen(
    <Routes>
      <Route path="/e/:cbe/senders/:senderNumber/channels/:channelId/close" element={<CloseChannelPage />} />
      <Route path="/e/:cbe/senders/:senderNumber/channels/:channelId/key" element={<ReplaceSftpKeyPage />} />
      <Route path="/e/:cbe/senders/:senderNumber" element={<SenderFlash />} />
    </Routes>,
    { path: `/e/${CPAS}/senders/100001/channels/${CHANNEL}/${page}`, language },
  );

describe('closing a channel', () => {
  it('says in Dutch that the exchanges and the SSH key stop before anything is sent', async () => {
    const calls = fakeFetch({ [`GET ${CHANNELS}?limit=20`]: listed });
    screenAt('close', 'nl');
    expect(await screen.findByRole('heading', { name: 'Kanaal SFTP-batch sluiten' })).toBeInTheDocument();
    expect(screen.getByText(/de SSH-sleutel SHA256:old: die geeft geen toegang meer/)).toBeInTheDocument();
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('closes the channel and goes back to the sender with a confirmation', async () => {
    const calls = fakeFetch({ [`GET ${CHANNELS}?limit=20`]: listed, [`DELETE ${CHANNELS}/${CHANNEL}`]: { status: 204 } });
    screenAt('close', 'fr');
    await screen.findByText(/la clé SSH SHA256:old/);
    // A destructive confirm is GOV.UK's red warning button, never the green of a normal action.
    expect(screen.getByRole('button', { name: 'Fermer le canal' })).toHaveClass('button--warning');
    await userEvent.click(screen.getByRole('button', { name: 'Fermer le canal' }));
    expect(await screen.findByText('sender page: lifecycle.channelClosed')).toBeInTheDocument();
    expect(calls.filter((call) => call.method === 'DELETE').map((call) => call.path)).toEqual([`${CHANNELS}/${CHANNEL}`]);
  });
});

describe('replacing an SFTP key', () => {
  it('refuses a file that is not a public key, in German, without sending it', async () => {
    const calls = fakeFetch({ [`GET ${CHANNELS}?limit=20`]: listed });
    screenAt('key', 'de');
    await userEvent.upload(await screen.findByLabelText('Öffentlicher SSH-Schlüssel'), keyFile('-----BEGIN PRIVATE KEY-----'));
    await userEvent.click(screen.getByRole('button', { name: 'Schlüssel ersetzen' }));
    expect((await screen.findAllByText(/ssh-ed25519, ssh-rsa/)).length).toBeGreaterThan(0);
    expect(calls.filter((call) => call.method === 'PUT')).toEqual([]);
  });

  it('sends the new key and goes back to the sender', async () => {
    const calls = fakeFetch({
      [`GET ${CHANNELS}?limit=20`]: listed,
      [`PUT ${CHANNELS}/${CHANNEL}/ssh-public-key`]: { status: 200, body: { ...sftp, sshKeyFingerprint: 'SHA256:new' } },
    });
    screenAt('key', 'en');
    expect(await screen.findByText('Current key: SHA256:old.')).toBeInTheDocument();
    await userEvent.upload(screen.getByLabelText('SSH public key'), keyFile('ssh-ed25519 AAAAnew new@cpas\n'));
    await userEvent.click(screen.getByRole('button', { name: 'Replace the key' }));
    expect(await screen.findByText('sender page: lifecycle.keyReplaced')).toBeInTheDocument();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ sshPublicKey: 'ssh-ed25519 AAAAnew new@cpas' });
  });
});

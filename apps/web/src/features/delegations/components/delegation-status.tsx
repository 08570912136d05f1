import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/status-tag';

const TONES: Record<string, 'ok' | 'warn' | 'bad' | 'neutral'> = { PENDING: 'warn', ACCEPTED: 'ok', REFUSED: 'bad' };

export function DelegationStatus({ status }: { status: string }) {
  const { t } = useTranslation();
  return <StatusTag tone={TONES[status] ?? 'neutral'}>{t(`delegations.statuses.${status}`)}</StatusTag>;
}

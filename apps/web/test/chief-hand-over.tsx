import { useLocation } from 'react-router';

/** What both chief hand-over screens (the chief's own, the operator's desk) are tested with. */
export const CPAS = '0123456749';
export const CHIEF = `/api/v1/enterprises/${CPAS}/chief-access-manager`;

export const member = (userId: string, name: string, position: string) => ({
  enterpriseNumber: CPAS,
  userId,
  name,
  position,
  holdsTechnicalChannelsRight: true,
});

/** The members' page as the API answers it: the chief and one access manager who may take over. */
export const members = {
  status: 200,
  body: { items: [member('gaston', 'Gaston Lagaffe', 'CHIEF_ACCESS_MANAGER'), member('carol', 'Carol Peeters', 'ACCESS_MANAGER')] },
};

/** The page the hand-over leads back to: says where it landed and the banner's key it was given. */
export function Landed() {
  const { pathname, state } = useLocation();
  return (
    <p>
      landed on {pathname}: {(state as { flash: { key: string } }).flash.key}
    </p>
  );
}

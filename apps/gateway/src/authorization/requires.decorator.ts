import type { Capability } from '@chaman/contracts';
import { SetMetadata } from '@nestjs/common';

export const REQUIRED_CAPABILITY = 'chaman:capability';
export const OPERATOR_ONLY = 'chaman:operator-only';

/** The caller must be allowed this capability in the enterprise of the `{cbe}` path parameter. */
export const Requires = (capability: Capability) => SetMetadata(REQUIRED_CAPABILITY, capability);

/** Only platform operators (token role `chaman-admin`). */
export const OperatorOnly = () => SetMetadata(OPERATOR_ONLY, true);

import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'chaman:public';

/** The route answers without an access token (health, dev tokens). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

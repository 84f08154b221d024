import { healthResponse } from '@ucos/ui/health';

export const dynamic = 'force-dynamic';

export const GET = () => healthResponse();

import { readyResponse } from '@ucos/ui/health';
import { gatewayUrl } from '../../lib/config.ts';

export const dynamic = 'force-dynamic';

export const GET = () => readyResponse(gatewayUrl());

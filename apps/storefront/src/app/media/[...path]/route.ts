import { mediaResponse } from '@ucos/ui/media';
import { gatewayUrl } from '../../../lib/endpoints.ts';

export const dynamic = 'force-dynamic';

/** The platform's images on this origin (see `@ucos/ui/media`). */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return mediaResponse(gatewayUrl(), request, (await params).path);
}

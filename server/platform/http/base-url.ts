import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

// The address users reach, for links written into e-mails and calendar feeds: PUBLIC_URL when set,
// else the scheme and host of the request.
export function baseUrlOf(config: Pick<Config, 'publicUrl'>, req: FastifyRequest): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return `${req.protocol}://${req.host}`;
}

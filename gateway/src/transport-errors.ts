import type { ErrorRequestHandler } from 'express';
import { transportErrorResponse, type Logger } from '@talents/platform';

/**
 * Express's last error handler: a body that cannot be read (malformed JSON, too large, another
 * charset) or any error no route answered gets the hub's JSON error — French message, stable code,
 * the stack outside production only — instead of Express's HTML page.
 */
export function transportErrorHandler(options: {
  exposeInternals: boolean;
  logger: Logger;
}): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, body } = transportErrorResponse(error, options);
    if (status >= 500) options.logger.error({ err: error }, 'request failed before GraphQL');
    res.status(status).json(body);
  };
}

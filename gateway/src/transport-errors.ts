import type { ErrorRequestHandler, RequestHandler } from 'express';
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

/**
 * JSON in UTF-8 only (RFC 8259, § 8.1), refused otherwise with 415 as body-parser refuses an unknown
 * charset: body-parser itself would decode UTF-16 and UTF-32 bodies and let them through.
 */
export function utf8BodiesOnly(): RequestHandler {
  return (req, _res, next) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) {
      next(
        Object.assign(new Error(`unsupported charset "${charset.toUpperCase()}"`), {
          status: 415,
          statusCode: 415,
          type: 'charset.unsupported',
          charset,
        }),
      );
      return;
    }
    next();
  };
}

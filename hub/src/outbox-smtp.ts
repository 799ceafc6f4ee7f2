import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { OutboxMessage, OutboxSource } from '@talents/gateway';

/** A real SMTP server on 127.0.0.1 that keeps every message it is given, in memory. */
export interface OutboxSmtp extends OutboxSource {
  /** `smtp://127.0.0.1:<port>`: what `SMTP_URL` is set to. */
  url: string;
  /** Every message, duplicates included (tests count them). */
  received: OutboxMessage[];
  stop(): Promise<void>;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? '')).filter(Boolean);
}

/**
 * The embedded start's mail server when no `SMTP_URL` is set (and the tests'): messages go
 * nowhere else, and the gateway shows them at /outbox. Loopback only, no authentication, no TLS.
 */
export async function startOutboxSmtp(port = 0): Promise<OutboxSmtp> {
  const received: OutboxMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Talents numériques : serveur SMTP local de démonstration',
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            messageId: mail.messageId ?? '',
            from: addresses(mail.from).join(', '),
            to:
              addresses(mail.to).length > 0
                ? addresses(mail.to)
                : session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            receivedAt: new Date(),
          });
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    received,
    messages: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

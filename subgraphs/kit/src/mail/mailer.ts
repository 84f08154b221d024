/** One message to one person. Plain text is always sent; `html` is optional. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * The Message-ID header (`<id@domain>`); the transport makes one up when unset. A sender that may
   * send the same message twice (a retry after a crash) gives a stable one, so duplicates are recognisable.
   */
  messageId?: string;
  /** files sent along (a purchase order's PDF) */
  attachments?: { filename: string; contentType: string; content: Buffer }[];
}

/**
 * Where a domain hands its mail. `send` resolves once the transport accepted the message and
 * rejects otherwise, so an event consumer that sends mail retries (and dead-letters) like any other.
 */
export interface Mailer {
  /** what `npm start` prints: where the mail goes ("smtp://host:port", or the folder of .eml files) */
  readonly destination: string;
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

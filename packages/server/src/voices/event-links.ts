/**
 * The addresses event emails link to. An email needs an absolute link, so it needs this server's public
 * origin: PATHWAYS_PUBLIC_URL when set (a deployment sets it, so a forged Host header cannot put another
 * site's address in an email), otherwise the origin the request came in on (the demo and the tests).
 * Reminders, sent by the dispatcher with no request at hand, link to the event only when it is set.
 *
 * The RSVP link is the event's own page with the RSVP's token in the query (`/events/<id>?rsvp=<token>`):
 * the page reads it, confirms, and offers to cancel. The token is never stored, only its SHA-256.
 */
import type { FastifyRequest } from 'fastify';

/** The configured public origin without a trailing slash, or null. */
export function configuredOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.PATHWAYS_PUBLIC_URL?.trim();
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function publicOrigin(request: FastifyRequest): string {
  return configuredOrigin() ?? `${request.protocol}://${request.host}`;
}

export const eventPagePath = (eventId: string): string => `/events/${encodeURIComponent(eventId)}`;

export const rsvpLinkPath = (eventId: string, token: string): string => `${eventPagePath(eventId)}?rsvp=${encodeURIComponent(token)}`;

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a request line or headers too large, bytes
 * that are not HTTP, a request that took too long to arrive) are answered like every other error: RFC
 * 9457 problem+json, not cached, with a content security policy that allows nothing and no sniffing, and
 * logged at the level Fastify's default (`clientErrorHandler`) uses, which writes its own JSON shape.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { problem } from './problem.ts';

const DETAIL: Record<number, string> = {
  408: 'The request took too long to arrive.',
  431: 'The request line or its headers are too large (a long query string, say).',
  400: 'The request is not well-formed HTTP.',
};

export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  // A connection reset has nothing left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  this.log.trace({ code: err.code, status }, 'client error');
  const body = JSON.stringify(problem(status, DETAIL[status]));
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'Content-Type: application/problem+json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Cache-Control: no-store',
        'X-Content-Type-Options: nosniff',
        "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy(err);
}

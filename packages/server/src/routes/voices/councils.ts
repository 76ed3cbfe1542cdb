/**
 * Councils and events (issue 9, part 4): the campaign staff's councils and members (council-desk.ts),
 * their events with RSVPs, clearance and attendance (event-desk.ts), and the public event pages with the
 * RSVP form (event-public.ts). Reminders are sent by the notification dispatcher
 * (../../voices/event-reminders.ts).
 */
import type { FastifyInstance } from 'fastify';
import { councilDeskRoutes } from './council-desk.ts';
import { eventDeskRoutes } from './event-desk.ts';
import { eventPublicRoutes } from './event-public.ts';
import type { VoicesRouteDeps } from './index.ts';

export function councilRoutes(app: FastifyInstance, deps: VoicesRouteDeps): void {
  councilDeskRoutes(app, deps);
  eventDeskRoutes(app, deps);
  eventPublicRoutes(app, deps);
}

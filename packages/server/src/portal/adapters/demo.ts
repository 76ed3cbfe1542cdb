/**
 * The demo's adapter, and the default when no provider is configured: delivers nowhere. The message is
 * marked sent with the provider id `demo` and stays in the outbox, where an administrator reads it (that
 * is how the demo's sign-in codes are found). Nothing is printed: codes and addresses never reach a log.
 */
import type { ChannelAdapter } from './adapter.ts';

export const DEMO_PROVIDER_ID = 'demo';

export function demoOutboxAdapter(): ChannelAdapter {
  return {
    name: 'demo',
    async send() {
      return { providerId: DEMO_PROVIDER_ID };
    },
  };
}

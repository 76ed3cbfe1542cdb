/**
 * The guard every public form passes (security/public-forms.ts): the form token's double submit (403
 * without it, with a wrong one, or with the cookie alone), the rate limit per network address and form
 * (429 with retry-after over it, each form its own budget, free again once the window has passed), and
 * the honeypot (202, and nothing stored or sent). First on a bare route, where the handler's calls are
 * counted, then on the real supporter sign-up, where the store is looked into. A signed-in member of
 * staff posting a public form is checked like anyone: their session's CSRF header does not stand in.
 */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { campaigns, outbox, supporters } from '@pathways/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installErrorHandling } from '../src/http/error-handler.ts';
import { FORM_COOKIE, FORM_HEADER, honeypotField, publicFormGuard, publicFormTokenRoute } from '../src/security/public-forms.ts';
import { authHeaders, dialects, makeWorld, signIn, type World } from './fixture.ts';

interface Form {
  cookie: string;
  token: string;
}

async function formToken(app: FastifyInstance): Promise<Form> {
  const response = await app.inject({ url: '/api/public/form-token' });
  expect(response.statusCode).toBe(200);
  const set = response.cookies.find((c) => c.name === FORM_COOKIE)!;
  expect(set).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/public' });
  return { cookie: `${FORM_COOKIE}=${set.value}`, token: response.json().token as string };
}

describe('the guard on a bare route', () => {
  const clock = { now: new Date('2026-06-01T12:00:00Z') };
  let app: FastifyInstance;
  let handled = 0;

  beforeAll(async () => {
    app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    installErrorHandling(app);
    await app.register(cookie);
    publicFormTokenRoute(app);
    const r = app.withTypeProvider<ZodTypeProvider>();
    for (const name of ['one', 'two']) {
      r.post(
        `/api/public/${name}`,
        {
          config: { permission: 'public', publicForm: true },
          preHandler: publicFormGuard(name, () => clock.now, { maxPosts: 3, windowMs: 60_000 }),
          schema: { body: z.object({ text: z.string(), ...honeypotField }).strict() },
        },
        async (_request, reply) => {
          handled += 1;
          return reply.code(201).send({ ok: true });
        },
      );
    }
    await app.ready();
  });
  afterAll(() => app.close());

  const post = (path: string, form: Partial<Form>, body: Record<string, unknown> = { text: 'hello' }): Promise<LightMyRequestResponse> =>
    app.inject({
      method: 'POST',
      url: path,
      headers: { ...(form.cookie ? { cookie: form.cookie } : {}), ...(form.token ? { [FORM_HEADER]: form.token } : {}) },
      payload: body,
    });

  it('case: 403 without the token, with the cookie alone, with the header alone, or with a token that is not the cookie’s', async () => {
    const form = await formToken(app);
    const other = await formToken(app);
    const before = handled;
    for (const response of [
      await post('/api/public/one', {}),
      await post('/api/public/one', { cookie: form.cookie }),
      await post('/api/public/one', { token: form.token }),
      await post('/api/public/two', { cookie: form.cookie, token: other.token }),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().detail).toMatch(/x-form-token/);
    }
    expect(handled).toBe(before);
  });

  it('case: the same browser keeps its token; a good post passes', async () => {
    const form = await formToken(app);
    const again = await app.inject({ url: '/api/public/form-token', headers: { cookie: form.cookie } });
    expect(again.json().token).toBe(form.token);
    const response = await post('/api/public/two', form);
    expect(response.statusCode).toBe(201);
  });

  it('case: over the limit 429 with retry-after, each form its own budget, free again after the window', async () => {
    clock.now = new Date('2026-06-02T12:00:00Z');
    const form = await formToken(app);
    // Refused posts count too (the 403s above spent form one's budget): a day later the window is fresh.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post('/api/public/one', form)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const over = await post('/api/public/one', form);
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // Another form from the same address still has its own budget.
    expect((await post('/api/public/two', form)).statusCode).toBe(201);
    clock.now = new Date(clock.now.getTime() + 61_000);
    expect((await post('/api/public/one', form)).statusCode).toBe(201);
  });

  it('case: a filled honeypot answers 202 and the handler never runs', async () => {
    clock.now = new Date('2026-06-03T12:00:00Z');
    const form = await formToken(app);
    const before = handled;
    const response = await post('/api/public/two', form, { text: 'buy now', website: 'https://spam.example' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ status: 'accepted' });
    expect(handled).toBe(before);
    // An empty or blank honeypot is a person's.
    expect((await post('/api/public/two', form, { text: 'hi', website: '  ' })).statusCode).toBe(201);
  });
});

describe.each(dialects)('the guard on the supporter sign-up, on %s', (dialect) => {
  let world: World;
  const signUp = (form: Partial<Form>, body: Record<string, unknown>, extra: Record<string, string> = {}) =>
    world.app.inject({
      method: 'POST',
      url: '/api/public/campaigns/guarded/supporters',
      headers: { ...(form.cookie ? { cookie: form.cookie } : {}), ...(form.token ? { [FORM_HEADER]: form.token } : {}), ...extra },
      payload: body,
    });
  const person = { name: 'Ada Example', email: 'ada@example.org', zip: '63101', consent: true };

  beforeAll(async () => {
    world = await makeWorld(dialect);
    await campaigns(world.store).create({
      id: 'guarded',
      name: 'Guarded',
      bill: 'HB 1',
      jurisdiction: 'US-MO',
      status: 'live',
      reformFile: 'us-mo-45-day-credits.yaml',
      summary: '',
      letterTemplate: 'Dear {{legislator}}',
      createdBy: 'U-advocate-1',
      at: world.clock.now.toISOString(),
    });
  });
  afterAll(() => world.close());

  it('case: the honeypot filled: 202, no supporter, no email', async () => {
    const form = await formToken(world.app);
    const response = await signUp(form, { ...person, website: 'http://bot.example' });
    expect(response.statusCode).toBe(202);
    expect(await supporters(world.store).byEmail('ada@example.org')).toBeUndefined();
    expect(await outbox(world.store).count()).toBe(0);
  });

  it('case: no token: 403 and nothing stored, even for a signed-in advocate with their session’s CSRF header', async () => {
    const advocate = await signIn(world, 'advocate');
    const response = await signUp({ cookie: authHeaders(advocate).cookie }, person, { 'x-csrf-token': advocate.csrf });
    expect(response.statusCode).toBe(403);
    expect(await supporters(world.store).byEmail('ada@example.org')).toBeUndefined();
  });

  it('case: the eleventh sign-up from one address in ten minutes is refused with 429', async () => {
    const form = await formToken(world.app);
    world.clock.now = new Date(world.clock.now.getTime() + 3_600_000);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signUp(form, { ...person, email: `s${i}@example.org` })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(await supporters(world.store).byEmail('s10@example.org')).toBeUndefined();
    expect(await supporters(world.store).byEmail('s9@example.org')).toBeDefined();
  });
});

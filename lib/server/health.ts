import { json } from '@/lib/http/response';

/*
 * /healthz says the process answers; /readyz says it can do its work: each check passes (the signing key
 * loaded, Redis answering when configured), and the server is not shutting down. A load balancer sends
 * traffic on /readyz and restarts on /healthz.
 */

export interface ReadinessCheck {
  name: string;
  /** Resolves when the part is ready; rejects (or takes over `timeoutMs`) when not. */
  check: () => Promise<unknown>;
}

export interface Health {
  instance: string;
  checks: readonly ReadinessCheck[];
  /** True once SIGTERM arrived: the instance finishes what it has and takes nothing new. */
  stopping: () => boolean;
  timeoutMs?: number;
}

export function healthz(health: Pick<Health, 'instance'>): Response {
  return json(200, { status: 'ok', instance: health.instance });
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function readyz({ instance, checks, stopping, timeoutMs = 2_000 }: Health): Promise<Response> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      try {
        await withTimeout(check(), timeoutMs);
        return { name, ok: true as const };
      } catch (error) {
        return { name, ok: false as const, error: (error as Error).message };
      }
    }),
  );
  const failing = results.filter((r) => !r.ok);
  const ready = failing.length === 0 && !stopping();
  const body = {
    status: stopping() ? 'stopping' : ready ? 'ready' : 'not ready',
    instance,
    checks: Object.fromEntries(results.map((r) => [r.name, r.ok ? 'ok' : r.error])),
  };
  return json(ready ? 200 : 503, body);
}

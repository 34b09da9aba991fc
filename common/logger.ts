import { pino } from 'pino';

/** Fields a log line may carry. Values are plain data; secrets and whole payloads never go here. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The four-level logger every component receives by injection. Writes JSON lines. */
export interface Logger {
  debug(fields: LogFields, msg: string): void;
  info(fields: LogFields, msg: string): void;
  warn(fields: LogFields, msg: string): void;
  error(fields: LogFields, msg: string): void;
  /** A logger that adds `fields` to every line (e.g. requestId, subgraph). */
  child(fields: LogFields): Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * Fields allowed in log lines. Anything else is dropped, like fastify's serializers, so that a
 * password, a token or a SOAP envelope passed by mistake never reaches the log.
 */
const allowedFields: ReadonlySet<string> = new Set([
  'requestId', 'subgraph', 'source', 'op', 'ms', 'rows', 'outcome', 'code', 'status', 'url', 'port',
  'attempt', 'retryInMs', 'cache', 'count', 'operationName', 'path', 'error', 'errorNumber', 'topology',
  'seed', 'speed', 'mode', 'fault', 'version', 'field', 'change', 'equipment', 'pages', 'hits', 'misses',
  'kind', 'remappedTo', 'confidence', 'degraded',
]);

function pick(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (allowedFields.has(k) && v !== undefined) out[k] = v;
  return out;
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (f, m) => p.debug(pick(f), m),
    info: (f, m) => p.info(pick(f), m),
    warn: (f, m) => p.warn(pick(f), m),
    error: (f, m) => p.error(pick(f), m),
    child: (f) => wrap(p.child(pick(f))),
  };
}

/** A JSON-lines logger on stdout (or the given destination), backed by pino. */
export function createLogger(opts: { level?: LogLevel; name?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const p = pino(
    { level: opts.level ?? 'info', base: opts.name === undefined ? null : { name: opts.name }, timestamp: pino.stdTimeFunctions.isoTime },
    (opts.destination ?? process.stdout) as pino.DestinationStream,
  );
  return wrap(p);
}

/** A logger that drops everything; for tests and benchmarks. */
export const silentLogger: Logger = {
  debug: () => {}, info: () => {}, warn: () => {}, error: () => {},
  child: () => silentLogger,
};

import net from 'node:net';
import { silentLogger } from '../../../common/index.ts';
import type { Logger } from '../../../common/index.ts';
import { indexCatalog, runStatements, SqlServerError, declaredParams, mapEngineError } from './executor.ts';
import type { StatementResult, TdsCatalog, CatalogIndex } from './executor.ts';
import { registerTdsFunctions } from './functions.ts';
import { decodeRpc, RpcDecodeError, skipAllHeaders } from './rpc.ts';
import type { SqlJsDatabase, SqlJsValue } from './sqljs.ts';
import {
  DONE_ATTN, DONE_COUNT, DONE_ERROR, DONE_MORE, TOKEN, writeCollationEnvChange, writeColMetadata, writeDone,
  writeEnvChange, writeLoginAck, writeMessage, writeReturnStatus, writeRow, writeRows,
} from './tokens.ts';
import { translateBatch } from './translate.ts';
import { ConversionError } from './types.ts';
import { ByteWriter } from './writer.ts';

/** Fault modes, switchable at run time. */
export type TdsFaultMode = 'none' | 'latency' | 'down' | 'hang' | 'error';

/**
 * A fault setting. `latency` delays every reply by `latencyMs`; `down` drops open connections and
 * refuses new ones; `hang` never answers queries (an ATTENTION is still acknowledged); `error`
 * answers every query with SQL error `errorNumber` (default 1205, deadlock victim). The driver's
 * connection-setup batch (only SET statements) is exempt from `hang` and `error`, so a pool can
 * still connect and the fault shows on queries.
 */
export interface TdsFault {
  readonly mode: TdsFaultMode;
  readonly latencyMs?: number;
  readonly errorNumber?: number;
}

/** Counters since start or the last `resetStats()`. */
export interface TdsStats {
  /** Logins accepted. */
  readonly connections: number;
  /** Connections open now. */
  readonly openConnections: number;
  /** SQL batch messages, including the driver's SET batch on connect. */
  readonly batches: number;
  /** RPC messages (sp_executesql). */
  readonly rpcs: number;
  /** Statements run, excluding ignored SET/USE. */
  readonly statements: number;
  /** ROW tokens sent. */
  readonly rowsSent: number;
  /** ERROR tokens sent for queries (not logins). */
  readonly errors: number;
  /** Statement T-SQL text (trimmed, as sent) → times run. */
  readonly byStatement: Readonly<Record<string, number>>;
}

export interface TdsServerOptions {
  readonly db: SqlJsDatabase;
  readonly catalog: TdsCatalog;
  readonly credentials: { readonly user: string; readonly password: string };
  /** The one database name this server has; a login asking for another gets error 4060. */
  readonly database: string;
  /** Epoch ms for GETDATE() & co.; defaults to Date.now. */
  readonly clock?: () => number;
  /** IANA zone GETDATE() reports local time in; defaults to 'UTC'. */
  readonly timeZone?: string;
  readonly logger?: Logger;
}

export interface TdsServer {
  /** Starts listening; resolves to the bound port. Defaults: port 0 (ephemeral), host 127.0.0.1. */
  listen(port?: number, host?: string): Promise<number>;
  /** Stops listening and destroys open connections. */
  close(): Promise<void>;
  setFault(fault: TdsFault): void;
  stats(): TdsStats;
  resetStats(): void;
}

const PKT = { SQL_BATCH: 0x01, RPC: 0x03, REPLY: 0x04, ATTENTION: 0x06, TM: 0x0e, LOGIN7: 0x10, PRELOGIN: 0x12 } as const;
const SERVER_NAME = 'PLANTGRAPH-ERP';

interface Message { readonly type: number; readonly payload: Buffer; readonly ignore: boolean }

/** Splits a token stream into TDS packets of at most `packetSize` bytes. */
function packetize(type: number, data: Buffer, packetSize: number, spid: number): Buffer {
  const room = packetSize - 8;
  const count = Math.max(1, Math.ceil(data.length / room));
  const out = Buffer.allocUnsafe(data.length + count * 8);
  let o = 0;
  for (let p = 0; p < count; p++) {
    const chunk = data.subarray(p * room, Math.min(data.length, (p + 1) * room));
    out[o] = type;
    out[o + 1] = p === count - 1 ? 0x01 : 0x00;
    out.writeUInt16BE(chunk.length + 8, o + 2);
    out.writeUInt16BE(spid, o + 4);
    out[o + 6] = (p + 1) & 0xff;
    out[o + 7] = 0;
    chunk.copy(out, o + 8);
    o += chunk.length + 8;
  }
  return out;
}

/**
 * One reply message written progressively: complete packets leave as the token stream grows, so a large
 * result neither sits in memory whole nor blocks the event loop until it is encoded.
 */
class ReplyStream {
  readonly w = new ByteWriter(64 * 1024);
  readonly socket: net.Socket;
  readonly packetSize: number;
  readonly spid: number;
  packetId = 1;
  flushed = false;

  constructor(socket: net.Socket, packetSize: number, spid: number) {
    this.socket = socket;
    this.packetSize = packetSize;
    this.spid = spid;
  }

  private emit(count: number, bytes: number, lastEom: boolean): void {
    const room = this.packetSize - 8;
    const out = Buffer.allocUnsafe(bytes + count * 8);
    let o = 0;
    for (let p = 0; p < count; p++) {
      const start = p * room;
      const len = Math.min(room, bytes - start);
      out[o] = PKT.REPLY;
      out[o + 1] = lastEom && p === count - 1 ? 0x01 : 0x00;
      out.writeUInt16BE(len + 8, o + 2);
      out.writeUInt16BE(this.spid, o + 4);
      out[o + 6] = this.packetId++ & 0xff;
      out[o + 7] = 0;
      this.w.buf.copy(out, o + 8, start, start + len);
      o += len + 8;
    }
    if (!this.socket.destroyed) this.socket.write(out);
    this.w.buf.copy(this.w.buf, 0, bytes, this.w.pos);
    this.w.pos -= bytes;
  }

  /** Sends the complete packets written so far, keeping at least one byte for the final (EOM) packet. */
  flush(): void {
    const room = this.packetSize - 8;
    const count = Math.floor((this.w.pos - 1) / room);
    if (count <= 0) return;
    this.emit(count, count * room, false);
    this.flushed = true;
  }

  /** Sends the rest; the last packet carries EOM. */
  end(): void {
    const room = this.packetSize - 8;
    this.emit(Math.max(1, Math.ceil(this.w.pos / room)), this.w.pos, true);
  }
}

const FLUSH_BYTES = 256 * 1024;
const ROWS_PER_SLICE = 2000;

function preloginResponse(): Buffer {
  const opts: [number, Buffer][] = [
    [0x00, Buffer.from([15, 0, 0x07, 0xd0, 0, 0])], // VERSION 15.0.2000
    [0x01, Buffer.from([0x02])], // ENCRYPTION: ENCRYPT_NOT_SUP, so no TLS handshake follows
    [0x02, Buffer.from([0x00])], // INSTOPT
    [0x03, Buffer.alloc(0)], // THREADID
    [0x04, Buffer.from([0x00])], // MARS off
  ];
  const head = Buffer.alloc(opts.length * 5 + 1);
  let dataOff = head.length;
  opts.forEach(([token, data], i) => {
    head[i * 5] = token;
    head.writeUInt16BE(dataOff, i * 5 + 1);
    head.writeUInt16BE(data.length, i * 5 + 3);
    dataOff += data.length;
  });
  head[opts.length * 5] = 0xff;
  return Buffer.concat([head, ...opts.map(([, d]) => d)]);
}

interface Login { tdsVersion: number; packetSize: number; user: string; password: string; database: string }

function parseLogin7(p: Buffer): Login {
  const str = (at: number, scramble = false) => {
    const off = p.readUInt16LE(at);
    const cch = p.readUInt16LE(at + 2);
    const b = Buffer.from(p.subarray(off, off + cch * 2));
    if (scramble) {
      // LOGIN7 passwords are nibble-swapped then XOR 0xA5; undo in reverse order.
      for (let i = 0; i < b.length; i++) { const x = (b[i] ?? 0) ^ 0xa5; b[i] = ((x << 4) & 0xf0) | (x >> 4); }
    }
    return b.toString('ucs2');
  };
  return {
    tdsVersion: p.readUInt32LE(4), packetSize: p.readUInt32LE(8),
    user: str(40), password: str(44, true), database: str(68),
  };
}

function errorNumberMessage(n: number, database: string): { text: string; severity: number } {
  switch (n) {
    case 1205: return { text: 'Transaction (Process ID 51) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.', severity: 13 };
    case 40613: return { text: `Database '${database}' on server '${SERVER_NAME}' is not currently available. Please retry the connection later.`, severity: 17 };
    case 4060: return { text: `Cannot open database "${database}" requested by the login. The login failed.`, severity: 11 };
    case 8645: return { text: 'A timeout occurred while waiting for memory resources to execute the query. Rerun the query.', severity: 17 };
    default: return { text: `Simulated ERP fault ${n} (PlantGraph demo plant).`, severity: 16 };
  }
}

/**
 * A SQL Server (TDS 7.4, no TLS) over a sql.js database, for the demo plant's ERP. Registers the
 * `tds_*` SQL functions on `db`. Text columns must be declared `COLLATE NOCASE` in the DDL to
 * compare case-insensitively like SQL Server's default collation; parameters are compared
 * case-insensitively by the translation.
 */
export function createTdsServer(opts: TdsServerOptions): TdsServer {
  const logger = opts.logger ?? silentLogger;
  const cat: CatalogIndex = indexCatalog(opts.catalog);
  registerTdsFunctions(opts.db, { clock: opts.clock ?? Date.now, timeZone: opts.timeZone ?? 'UTC' });
  let fault: TdsFault = { mode: 'none' };
  const sockets = new Set<net.Socket>();
  // Per connection: how to take it down gracefully when the `down` fault is switched on.
  const dooms = new Map<net.Socket, (down: boolean) => void>();
  let nextSpid = 51;
  const zero = () => ({ connections: 0, batches: 0, rpcs: 0, statements: 0, rowsSent: 0, errors: 0, byStatement: {} as Record<string, number> });
  let counters = zero();

  const server = net.createServer((socket) => {
    if (fault.mode === 'down') { socket.destroy(); return; }
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => { sockets.delete(socket); dooms.delete(socket); });
    socket.on('error', () => socket.destroy());
    serve(socket, nextSpid++);
  });

  function serve(socket: net.Socket, spid: number): void {
    let buffered: Buffer = Buffer.alloc(0);
    let parts: Buffer[] = [];
    let packetSize = 4096;
    let loggedIn = false;
    let queue: Promise<void> = Promise.resolve();
    // The request being answered, so that an ATTENTION can cut its wait short.
    let inFlight: { abort: () => void; aborted: boolean } | undefined;
    let attentionPending = false;
    // Set by the `down` fault. tedious (19.x) throws an unhandled rejection ("No event 'socketError' in state
    // 'Final'") when a socket closes while it awaits a reply, which crashes the client process. So a doomed
    // connection answers a pending or arriving request with error 40613 (database not currently available) and
    // closes 100 ms later; an idle one closes after a 50 ms grace in which no request arrived. A connection still
    // open when the fault is lifted lives on, so recovery is immediate.
    let doomed = false;
    let graceTimer: NodeJS.Timeout | undefined;
    dooms.set(socket, (down: boolean) => {
      if (!down) {
        doomed = false;
        if (graceTimer !== undefined) clearTimeout(graceTimer);
        return;
      }
      doomed = true;
      if (inFlight !== undefined) inFlight.abort();
      else graceTimer = setTimeout(() => { if (inFlight === undefined) socket.end(); }, 50);
    });
    socket.on('close', () => { if (graceTimer !== undefined) clearTimeout(graceTimer); });
    const answerDown = (isRpc: boolean) => {
      const w = new ByteWriter(512);
      const { text, severity } = errorNumberMessage(40613, opts.database);
      writeMessage(w, 'error', 40613, 1, severity, text, SERVER_NAME);
      if (isRpc) { writeReturnStatus(w, 0); writeDone(w, TOKEN.DONEPROC, DONE_ERROR, 0); } else writeDone(w, TOKEN.DONE, DONE_ERROR, 0);
      send(w.result());
      // tedious parses tokens asynchronously; a FIN right behind the reply can overtake it ("socket hang up").
      if (graceTimer !== undefined) clearTimeout(graceTimer);
      graceTimer = setTimeout(() => socket.end(), 100);
    };

    const send = (data: Buffer) => { if (!socket.destroyed) socket.write(packetize(PKT.REPLY, data, packetSize, spid)); };
    const sendAttentionAck = () => {
      const w = new ByteWriter(16);
      writeDone(w, TOKEN.DONE, DONE_ATTN, 0);
      send(w.result());
    };

    const wait = (ms: number | undefined): Promise<boolean> => new Promise((resolve) => {
      const state = { aborted: false, abort: () => { state.aborted = true; if (timer !== undefined) clearTimeout(timer); resolve(false); } };
      const timer = ms === undefined ? undefined : setTimeout(() => resolve(true), ms);
      inFlight = state;
    });

    // Requests received and not yet answered; an ATTENTION must be acknowledged after their replies.
    let unanswered = 0;
    const onMessage = (m: Message) => {
      if (m.type === PKT.ATTENTION) {
        if (unanswered === 0) { sendAttentionAck(); return; }
        attentionPending = true;
        inFlight?.abort();
        return;
      }
      unanswered++;
      queue = queue.then(() => handle(m)).finally(() => {
        unanswered--;
        if (unanswered === 0 && attentionPending) { attentionPending = false; sendAttentionAck(); }
      }).catch((e: unknown) => {
        logger.error({ op: 'tds', error: e instanceof Error ? e.message : String(e) }, 'TDS request failed');
        socket.destroy();
      });
    };

    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      while (buffered.length >= 8) {
        const len = buffered.readUInt16BE(2);
        if (len < 8) { socket.destroy(); return; }
        if (buffered.length < len) break;
        const type = buffered[0] ?? 0;
        const status = buffered[1] ?? 0;
        parts.push(buffered.subarray(8, len));
        buffered = buffered.subarray(len);
        if (status & 0x01) {
          const payload = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
          parts = [];
          onMessage({ type, payload, ignore: (status & 0x02) !== 0 });
        }
      }
    });

    async function handle(m: Message): Promise<void> {
      if (socket.destroyed) return;
      if (m.type === PKT.PRELOGIN) { send(preloginResponse()); return; }
      if (m.type === PKT.LOGIN7) { await login(m.payload); return; }
      if (!loggedIn) { socket.destroy(); return; }
      if (m.ignore) { const w = new ByteWriter(16); writeDone(w, TOKEN.DONE, 0, 0); send(w.result()); return; }
      const isRpc = m.type === PKT.RPC;
      if (doomed) { answerDown(isRpc); return; }
      const w = new ByteWriter(4096);
      let setupOnly = false;
      let run: (() => StatementResult[]) | undefined;
      try {
        if (m.type === PKT.SQL_BATCH) {
          counters.batches++;
          const text = m.payload.subarray(skipAllHeaders(m.payload)).toString('ucs2');
          const statements = translateBatch(text);
          setupOnly = statements.every((s) => s.kind === 'ignored');
          run = () => runStatements(opts.db, cat, statements, new Map(), countStatement);
        } else if (isRpc) {
          counters.rpcs++;
          const rpc = decodeRpc(m.payload);
          if (rpc.procName.toLowerCase() !== 'sp_executesql') throw new SqlServerError(2812, `Could not find stored procedure '${rpc.procName}'.`);
          const [stmtParam, declParam, ...rest] = rpc.params;
          const stmtText = typeof stmtParam?.value === 'string' ? stmtParam.value : '';
          const decl = typeof declParam?.value === 'string' ? declParam.value : '';
          const values = new Map<string, SqlJsValue>(rest.map((p) => [p.name.toLowerCase(), p.value]));
          for (const d of declaredParams(decl)) {
            if (!values.has(d)) throw new SqlServerError(8178, `The parameterized query '(${decl})${stmtText}' expects the parameter '${d}', which was not supplied.`);
          }
          const statements = translateBatch(stmtText);
          run = () => runStatements(opts.db, cat, statements, values, countStatement);
        } else if (m.type === PKT.TM) {
          throw new SqlServerError(40517, "Keyword or statement option 'BEGIN TRANSACTION (transaction manager request)' is not supported in this version of SQL Server (PlantGraph demo ERP).");
        } else {
          socket.destroy();
          return;
        }
      } catch (e: unknown) {
        run = () => { throw e instanceof RpcDecodeError ? new SqlServerError(8009, `The incoming tabular data stream (TDS) remote procedure call (RPC) protocol stream is incorrect. ${e.message}`) : e; };
      }

      const f = fault;
      if (!attentionPending) {
        if (f.mode === 'hang' && !setupOnly) await wait(undefined);
        else if (f.mode === 'latency' && (f.latencyMs ?? 0) > 0) await wait(f.latencyMs);
      }
      const aborted = inFlight?.aborted === true || attentionPending;
      inFlight = undefined;
      if (doomed) { answerDown(isRpc); return; }
      if (aborted) {
        // Cancelled before it ran: answer the pending request with an empty DONE, then the ack.
        writeDone(w, isRpc ? TOKEN.DONEPROC : TOKEN.DONE, 0, 0);
        send(w.result());
        return;
      }
      const started = Date.now();
      const writeError = (out: ByteWriter, e: unknown) => {
        const err = mapEngineError(e, '');
        counters.errors++;
        writeMessage(out, 'error', err.number, err.state, err.severity, err.message, SERVER_NAME);
        if (isRpc) { writeReturnStatus(out, 0); writeDone(out, TOKEN.DONEPROC, DONE_ERROR, 0); } else writeDone(out, TOKEN.DONE, DONE_ERROR, 0);
        logger.debug({ op: isRpc ? 'rpc' : 'batch', errorNumber: err.number }, 'TDS request answered with an error');
      };
      let results: StatementResult[];
      try {
        if (f.mode === 'error' && !setupOnly) {
          const n = f.errorNumber ?? 1205;
          throw new SqlServerError(n, errorNumberMessage(n, opts.database).text, errorNumberMessage(n, opts.database).severity);
        }
        results = (run ?? (() => []))();
      } catch (e: unknown) {
        // Statements before the failing one still send their results, as SQL Server does.
        const partial = (e as { partial?: StatementResult[] }).partial ?? [];
        try { writeResults(w, partial, isRpc, true); } catch { w.pos = 0; /* unencodable: send the error alone */ }
        writeError(w, e);
        send(w.result());
        return;
      }
      const reply = new ReplyStream(socket, packetSize, spid);
      try {
        await streamResults(reply, results, isRpc);
      } catch (e: unknown) {
        // A value that does not fit its declared type: rows before it are sent, then the error (as SQL Server).
        writeError(reply.w, e);
      }
      reply.end();
      logger.debug({ op: isRpc ? 'rpc' : 'batch', ms: Date.now() - started, rows: results.reduce((a, r) => a + (r.rows?.length ?? 0), 0) }, 'TDS request');
    }

    /** Writes results into `reply`, yielding to the event loop between slices; stops early on ATTENTION. */
    async function streamResults(reply: ReplyStream, results: readonly StatementResult[], isRpc: boolean): Promise<void> {
      const w = reply.w;
      const statementDone = isRpc ? TOKEN.DONEINPROC : TOKEN.DONE;
      for (let i = 0; i < results.length; i++) {
        const r = results[i] as StatementResult;
        const last = i === results.length - 1 && !isRpc;
        let sent = r.rowCount;
        if (r.columns !== undefined && r.rows !== undefined) {
          const columns = r.columns;
          writeColMetadata(w, columns);
          for (let from = 0; from < r.rows.length; from += ROWS_PER_SLICE) {
            const to = Math.min(r.rows.length, from + ROWS_PER_SLICE);
            for (let k = from; k < to; k++) {
              const rowStart = w.pos;
              try {
                writeRow(w, columns, r.rows[k] as SqlJsValue[]);
              } catch (e: unknown) {
                w.pos = rowStart; // never leave half a ROW token before the ERROR token
                counters.rowsSent += k;
                if (e instanceof ConversionError) throw new SqlServerError(e.number, e.message);
                throw e;
              }
            }
            if (w.pos > FLUSH_BYTES) {
              reply.flush();
              await new Promise((resolve) => setImmediate(resolve));
            }
            if (attentionPending) {
              // Cancelled mid-result: close this reply here; the ack follows as its own message.
              sent = to;
              counters.rowsSent += sent;
              writeDone(w, statementDone, DONE_COUNT, sent);
              if (isRpc) { writeReturnStatus(w, 0); writeDone(w, TOKEN.DONEPROC, 0, 0); }
              return;
            }
          }
          counters.rowsSent += r.rows.length;
          sent = r.rows.length;
        }
        writeDone(w, statementDone, DONE_COUNT | (last ? 0 : DONE_MORE), sent);
      }
      if (isRpc) { writeReturnStatus(w, 0); writeDone(w, TOKEN.DONEPROC, 0, 0); }
      else if (results.length === 0) writeDone(w, TOKEN.DONE, 0, 0);
    }

    function writeResults(w: ByteWriter, results: readonly StatementResult[], isRpc: boolean, more = false): void {
      const statementDone = isRpc ? TOKEN.DONEINPROC : TOKEN.DONE;
      results.forEach((r, i) => {
        const last = i === results.length - 1 && !isRpc && !more;
        if (r.columns !== undefined && r.rows !== undefined) {
          try {
            writeColMetadata(w, r.columns);
            writeRows(w, r.columns, r.rows);
          } catch (e: unknown) {
            if (e instanceof ConversionError) throw new SqlServerError(e.number, e.message);
            throw e;
          }
          counters.rowsSent += r.rows.length;
        }
        writeDone(w, statementDone, DONE_COUNT | (last ? 0 : DONE_MORE), r.rowCount);
      });
      if (more) return;
      if (isRpc) { writeReturnStatus(w, 0); writeDone(w, TOKEN.DONEPROC, 0, 0); }
      else if (results.length === 0) writeDone(w, TOKEN.DONE, 0, 0);
    }

    function countStatement(tsql: string): void {
      counters.statements++;
      counters.byStatement[tsql] = (counters.byStatement[tsql] ?? 0) + 1;
    }

    async function login(p: Buffer): Promise<void> {
      const l = parseLogin7(p);
      const w = new ByteWriter(512);
      const fail = (number: number, text: string, severity: number) => {
        writeMessage(w, 'error', number, 1, severity, text, SERVER_NAME);
        writeDone(w, TOKEN.DONE, DONE_ERROR, 0);
        send(w.result());
        socket.end();
        logger.info({ op: 'login', errorNumber: number }, 'TDS login refused');
      };
      if (l.user !== opts.credentials.user || l.password !== opts.credentials.password) {
        fail(18456, `Login failed for user '${l.user}'.`, 14);
        return;
      }
      const database = l.database === '' ? opts.database : l.database;
      if (database.toLowerCase() !== opts.database.toLowerCase()) {
        fail(4060, `Cannot open database "${database}" requested by the login. The login failed.`, 11);
        return;
      }
      if (fault.mode === 'latency' && (fault.latencyMs ?? 0) > 0) await wait(fault.latencyMs);
      inFlight = undefined;
      // Clamp to what TDS allows; tedious asks for 4096 by default.
      const size = Math.min(32767, Math.max(512, l.packetSize || 4096));
      writeEnvChange(w, 1, opts.database, 'master');
      writeMessage(w, 'info', 5701, 2, 0, `Changed database context to '${opts.database}'.`, SERVER_NAME);
      writeCollationEnvChange(w);
      writeEnvChange(w, 2, 'us_english', '');
      writeMessage(w, 'info', 5703, 1, 0, 'Changed language setting to us_english.', SERVER_NAME);
      writeLoginAck(w);
      writeEnvChange(w, 4, String(size), String(packetSize));
      writeDone(w, TOKEN.DONE, 0, 0);
      send(w.result());
      packetSize = size;
      loggedIn = true;
      counters.connections++;
    }
  }

  return {
    listen(port = 0, host = '127.0.0.1') {
      return new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const addr = server.address();
          const bound = typeof addr === 'object' && addr !== null ? addr.port : port;
          logger.info({ op: 'listen', port: bound }, 'TDS server listening');
          resolve(bound);
        });
      });
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => { if (!server.listening) { resolve(); return; } server.close(() => resolve()); });
    },
    setFault(f) {
      fault = { ...f };
      logger.info({ op: 'fault', fault: f.mode }, 'TDS fault set');
      for (const doom of dooms.values()) doom(f.mode === 'down');
    },
    stats() {
      return { ...counters, openConnections: sockets.size, byStatement: { ...counters.byStatement } };
    },
    resetStats() {
      counters = zero();
    },
  };
}

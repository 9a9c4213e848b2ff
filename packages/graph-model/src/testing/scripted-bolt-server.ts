// For tests on machines without Neo4j: a scripted Bolt 4.4 endpoint on 127.0.0.1 that the real
// neo4j-driver connects to. It speaks the wire protocol (handshake, chunking, PackStream), logs every
// statement and parameter map it receives exactly as decoded from the wire, answers from a script, and
// can refuse a login, a database or a statement the way Neo4j does. It runs no Cypher: the log is what
// tests check (statements lint clean, parameters arrive unchanged, one transaction per batch).
import { createServer, type Server, type Socket } from "node:net";

type Value = null | boolean | number | string | Value[] | { [key: string]: Value } | Struct;
interface Struct {
  signature: number;
  fields: Value[];
}

export interface ReceivedStatement {
  query: string;
  params: Record<string, Value>;
  /** The transaction it ran in (explicit transactions get increasing numbers; auto-commit runs get 0). */
  tx: number;
}

export interface Failure {
  code: string;
  message: string;
}

export interface ScriptedReply {
  fields: string[];
  records: Value[][];
}

export interface ScriptedBoltOptions {
  password?: string;
  databases?: string[];
  /** The answer to a statement: records, or a failure (as Neo4j would send it). */
  reply?: (statement: ReceivedStatement, index: number) => ScriptedReply | Failure;
}

const MSG = { HELLO: 0x01, GOODBYE: 0x02, RESET: 0x0f, RUN: 0x10, BEGIN: 0x11, COMMIT: 0x12, ROLLBACK: 0x13, DISCARD: 0x2f, PULL: 0x3f } as const;
const SUCCESS = 0x70, RECORD = 0x71, IGNORED = 0x7e, FAILURE = 0x7f;

class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}
  private n(bytes: number): number {
    const v = bytes === 1 ? this.buf.readUInt8(this.pos) : bytes === 2 ? this.buf.readUInt16BE(this.pos) : this.buf.readUInt32BE(this.pos);
    this.pos += bytes;
    return v;
  }
  private str(len: number): string {
    const s = this.buf.toString("utf8", this.pos, this.pos + len);
    this.pos += len;
    return s;
  }
  floats = 0;
  value(): Value {
    const m = this.buf.readUInt8(this.pos++);
    if (m < 0x80) return m;
    if (m >= 0xf0) return m - 0x100;
    const hi = m & 0xf0, lo = m & 0x0f;
    if (hi === 0x80) return this.str(lo);
    if (hi === 0x90) return this.list(lo);
    if (hi === 0xa0) return this.map(lo);
    if (hi === 0xb0) return { signature: this.buf.readUInt8(this.pos++), fields: Array.from({ length: lo }, () => this.value()) };
    switch (m) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc1: this.floats++; this.pos += 8; return this.buf.readDoubleBE(this.pos - 8);
      case 0xc8: this.pos += 1; return this.buf.readInt8(this.pos - 1);
      case 0xc9: this.pos += 2; return this.buf.readInt16BE(this.pos - 2);
      case 0xca: this.pos += 4; return this.buf.readInt32BE(this.pos - 4);
      case 0xcb: this.pos += 8; return Number(this.buf.readBigInt64BE(this.pos - 8));
      case 0xd0: return this.str(this.n(1));
      case 0xd1: return this.str(this.n(2));
      case 0xd2: return this.str(this.n(4));
      case 0xd4: return this.list(this.n(1));
      case 0xd5: return this.list(this.n(2));
      case 0xd6: return this.list(this.n(4));
      case 0xd8: return this.map(this.n(1));
      case 0xd9: return this.map(this.n(2));
      case 0xda: return this.map(this.n(4));
    }
    throw new Error(`scripted Bolt server: PackStream marker 0x${m.toString(16)} not supported`);
  }
  private list(size: number): Value[] {
    return Array.from({ length: size }, () => this.value());
  }
  private map(size: number): { [key: string]: Value } {
    const out: { [key: string]: Value } = {};
    for (let i = 0; i < size; i++) out[this.value() as string] = this.value();
    return out;
  }
}

function sized(tiny: number, size: number, marker8: number): Buffer {
  if (size < 16) return Buffer.from([tiny | size]);
  const b = Buffer.alloc(5);
  b[0] = marker8 + 2;
  b.writeUInt32BE(size, 1);
  return b;
}

function pack(v: Value): Buffer {
  if (v === null) return Buffer.from([0xc0]);
  if (v === true) return Buffer.from([0xc3]);
  if (v === false) return Buffer.from([0xc2]);
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= -16 && v < 128) return Buffer.from([v & 0xff]);
    const b = Buffer.alloc(9);
    if (Number.isInteger(v)) {
      b[0] = 0xcb;
      b.writeBigInt64BE(BigInt(v), 1);
    } else {
      b[0] = 0xc1;
      b.writeDoubleBE(v, 1);
    }
    return b;
  }
  if (typeof v === "string") {
    const bytes = Buffer.from(v, "utf8");
    return Buffer.concat([sized(0x80, bytes.length, 0xd0), bytes]);
  }
  if (Array.isArray(v)) return Buffer.concat([sized(0x90, v.length, 0xd4), ...v.map(pack)]);
  if ("signature" in v && "fields" in v && typeof v.signature === "number") {
    const s = v as Struct;
    return Buffer.concat([Buffer.from([0xb0 | s.fields.length, s.signature]), ...s.fields.map(pack)]);
  }
  const entries = Object.entries(v as Record<string, Value>);
  return Buffer.concat([sized(0xa0, entries.length, 0xd8), ...entries.flatMap(([k, x]) => [pack(k), pack(x)])]);
}

function chunked(message: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < message.length; i += 0xffff) {
    const data = message.subarray(i, i + 0xffff);
    const head = Buffer.alloc(2);
    head.writeUInt16BE(data.length);
    parts.push(head, data);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

export class ScriptedBoltServer {
  readonly statements: ReceivedStatement[] = [];
  /** Explicit transactions committed and rolled back. */
  committed = 0;
  rolledBack = 0;
  /** Integers the driver sent as floats (a JS number not wrapped in neo4j.int). */
  floatsReceived = 0;
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private txCounter = 0;

  constructor(private readonly options: ScriptedBoltOptions = {}) {}

  async start(): Promise<string> {
    this.server = createServer((socket) => this.serve(socket));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("scripted Bolt server: no port");
    return `bolt://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    let buffer = Buffer.alloc(0);
    let handshaken = false;
    let message: Buffer[] = [];
    let failed = false;
    let tx = 0;
    let pending: ScriptedReply | undefined;
    const send = (signature: number, ...fields: Value[]) => socket.write(chunked(pack({ signature, fields })));
    const fail = (f: Failure) => {
      failed = true;
      pending = undefined;
      send(FAILURE, { code: f.code, message: f.message });
    };
    const handle = (body: Buffer) => {
      const reader = new Reader(body);
      const { signature, fields } = reader.value() as Struct;
      this.floatsReceived += reader.floats;
      if (signature === MSG.RESET) {
        failed = false;
        tx = 0;
        return send(SUCCESS, {});
      }
      if (signature === MSG.GOODBYE) return socket.end();
      if (failed) return send(IGNORED);
      const extra = (fields[fields.length - 1] ?? {}) as Record<string, Value>;
      switch (signature) {
        case MSG.HELLO:
          if (this.options.password !== undefined && extra.credentials !== this.options.password) {
            return fail({ code: "Neo.ClientError.Security.Unauthorized", message: "The client is unauthorized due to authentication failure." });
          }
          return send(SUCCESS, { server: "Neo4j/4.4.0", connection_id: "bolt-1" });
        case MSG.BEGIN:
        case MSG.RUN: {
          const db = extra.db as string | undefined;
          if (db && this.options.databases && !this.options.databases.includes(db)) {
            return fail({ code: "Neo.ClientError.Database.DatabaseNotFound", message: `Database does not exist. Database name: '${db}'.` });
          }
          if (signature === MSG.BEGIN) {
            tx = ++this.txCounter;
            return send(SUCCESS, {});
          }
          const statement: ReceivedStatement = { query: fields[0] as string, params: fields[1] as Record<string, Value>, tx };
          this.statements.push(statement);
          const reply = this.options.reply?.(statement, this.statements.length - 1) ?? defaultReply(statement);
          if ("code" in reply) return fail(reply);
          pending = reply;
          return send(SUCCESS, { fields: reply.fields, t_first: 0, ...(tx ? { qid: 0 } : {}) });
        }
        case MSG.PULL:
        case MSG.DISCARD:
          if (signature === MSG.PULL) for (const record of pending?.records ?? []) send(RECORD, record);
          pending = undefined;
          return send(SUCCESS, { has_more: false, ...(tx ? {} : { bookmark: "fb:auto", db: "neo4j", type: "rw" }) });
        case MSG.COMMIT:
          this.committed++;
          tx = 0;
          return send(SUCCESS, { bookmark: `fb:${this.committed}` });
        case MSG.ROLLBACK:
          this.rolledBack++;
          tx = 0;
          return send(SUCCESS, {});
      }
      return fail({ code: "Neo.ClientError.Request.Invalid", message: `scripted Bolt server: message 0x${signature.toString(16)} not supported` });
    };
    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      if (!handshaken) {
        if (buffer.length < 20) return;
        buffer = buffer.subarray(20);
        handshaken = true;
        socket.write(Buffer.from([0, 0, 4, 4]));
      }
      while (buffer.length >= 2) {
        const size = buffer.readUInt16BE(0);
        if (buffer.length < 2 + size) return;
        if (size === 0) {
          handle(Buffer.concat(message));
          message = [];
        } else message.push(buffer.subarray(2, 2 + size));
        buffer = buffer.subarray(2 + size);
      }
    });
    socket.on("error", () => socket.destroy());
  }
}

/** Upserts answer as if every row were new; `RETURN 1 AS ok` answers 1; anything else answers nothing. */
export function defaultReply(statement: ReceivedStatement): ScriptedReply {
  const rows = statement.params.rows;
  if (Array.isArray(rows)) return { fields: ["rows", "created", "updated"], records: [[rows.length, rows.length, 0]] };
  if (/^RETURN 1 AS ok$/.test(statement.query)) return { fields: ["ok"], records: [[1]] };
  return { fields: [], records: [] };
}

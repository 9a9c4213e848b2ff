// Driver errors turned into one line a person can act on, and the record of what a failed write did write.

export interface WriteTally {
  /** Batches (transactions) committed. */
  batches: number;
  nodesCreated: number;
  nodesUpdated: number;
  edgesCreated: number;
  edgesUpdated: number;
  /** Rows (nodes and relationships) written by the committed batches. */
  rowsWritten: number;
}

export const emptyTally = (): WriteTally => ({ batches: 0, nodesCreated: 0, nodesUpdated: 0, edgesCreated: 0, edgesUpdated: 0, rowsWritten: 0 });

export interface Target {
  uri: string;
  user: string;
  database?: string;
}

const firstLine = (text: string) => text.split("\n").find((l) => l.trim())?.trim() ?? text;

function codeOf(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return String(e?.code ?? e?.cause?.code ?? "");
}

/** A server address fit to print: any `user:password@` in it is left out. */
export function displayUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, "$1");
}

/** One line saying what went wrong, for the server at `target`. */
export function describeNeo4jError(error: unknown, server: Target): string {
  const target = { ...server, uri: displayUri(server.uri) };
  const code = codeOf(error);
  const message = firstLine(error instanceof Error ? error.message : String(error));
  const db = target.database ?? "(default)";
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|Could not perform discovery|Failed to connect/i.test(message)) {
    // The driver's text is long and generic; its "Caused by" part says what happened.
    const cause = /Caused by: (.+)$/.exec(message)?.[1] ?? message.replace(/\s*Known routing table:.*$/, "");
    return `cannot reach Neo4j at ${target.uri}: ${cause}`;
  }
  if (code === "Neo.ClientError.Security.Unauthorized") return `Neo4j at ${target.uri} refused the user name or password for user "${target.user}"`;
  if (code === "Neo.ClientError.Security.AuthenticationRateLimit") return `Neo4j at ${target.uri} is blocking logins for user "${target.user}" after too many wrong passwords; wait and retry`;
  if (code === "Neo.ClientError.Database.DatabaseNotFound") return `database "${db}" does not exist on Neo4j at ${target.uri}`;
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") return `a Neo4j constraint was violated in database "${db}": ${message}`;
  if (code === "Neo.ClientError.Security.Forbidden") return `user "${target.user}" may not write to database "${db}" at ${target.uri}: ${message}`;
  return code ? `Neo4j error ${code}: ${message}` : message;
}

/** A write that stopped part-way: what was committed, and what was not. */
export class Neo4jWriteError extends Error {
  constructor(
    readonly reason: string,
    readonly written: WriteTally,
    readonly totalBatches: number,
    readonly failedBatch: string | undefined,
    override readonly cause?: unknown,
  ) {
    super(`${reason}. ${summarizeProgress(written, totalBatches, failedBatch)}`);
    this.name = "Neo4jWriteError";
  }
}

export function summarizeProgress(written: WriteTally, totalBatches: number, failedBatch?: string): string {
  if (written.batches === 0) return `Nothing was written (0 of ${totalBatches} batches; each batch is one transaction).`;
  const failed = failedBatch ? `; batch ${written.batches + 1} (${failedBatch}) was rolled back` : "";
  return `Written: ${written.batches} of ${totalBatches} batches (${written.rowsWritten} rows)${failed}; ` +
    `the other ${totalBatches - written.batches} batches were not written. Run the same push again to finish: it merges.`;
}

/** Raised before any write when the connection, login or database is not usable. */
export class Neo4jConnectionError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "Neo4jConnectionError";
  }
}

// Errors meant for the user: printed as one line, without a stack trace (unless --debug).
import { GraphFileError } from "@newsgraph/graph-model";

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "CliError";
  }
}

/** Errors whose message says all the user needs; anything else is a bug and worth a stack trace. */
export function isUserError(error: unknown): error is Error {
  return error instanceof CliError || error instanceof GraphFileError;
}

export function formatError(error: unknown, debug: boolean): string {
  if (debug) return `newsgraph: ${(error as Error)?.stack ?? String(error)}`;
  const message = (error as Error)?.message ?? String(error);
  return isUserError(error) ? `newsgraph: ${message}` : `newsgraph: ${message} (run with --debug for the stack trace)`;
}

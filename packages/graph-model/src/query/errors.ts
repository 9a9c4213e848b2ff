// Query errors say what was asked, and what the graph holds instead.
export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QueryError";
  }
}

export interface Candidate {
  id: string;
  name: string;
  /** Extra words to tell candidates apart: actor type, roles. */
  detail?: string;
}

const describe = (c: Candidate) => `${c.name} (${c.id}${c.detail ? `, ${c.detail}` : ""})`;

/** No node of that kind answers to the name; `suggestions` are the closest names in the graph. */
export class UnknownNodeError extends QueryError {
  constructor(readonly what: string, readonly input: string, readonly suggestions: Candidate[]) {
    super(
      `unknown ${what} "${input}"` +
        (suggestions.length ? `; did you mean: ${suggestions.map(describe).join("; ")}?` : `; the graph holds no ${what} with a similar name`),
    );
    this.name = "UnknownNodeError";
  }
}

export class UnknownActorError extends UnknownNodeError {
  constructor(input: string, suggestions: Candidate[]) {
    super("actor", input, suggestions);
    this.name = "UnknownActorError";
  }
}

/** Several nodes answer to the name: pass one of the candidates' ids (or a fuller name). */
export class AmbiguousNodeError extends QueryError {
  constructor(readonly what: string, readonly input: string, readonly candidates: Candidate[]) {
    super(`ambiguous ${what} "${input}": ${candidates.length} match (${candidates.map(describe).join("; ")}); pass a fuller name or an id`);
    this.name = "AmbiguousNodeError";
  }
}

export class AmbiguousActorError extends AmbiguousNodeError {
  constructor(input: string, candidates: Candidate[]) {
    super("actor", input, candidates);
    this.name = "AmbiguousActorError";
  }
}

export class InvalidQueryOptionsError extends QueryError {
  constructor(readonly query: string, readonly problems: string[]) {
    super(`${query}: invalid options: ${problems.join("; ")}`);
    this.name = "InvalidQueryOptionsError";
  }
}

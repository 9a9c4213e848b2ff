// DNS-rebinding defence: a page on attacker.example that re-points its name at 127.0.0.1 reaches this
// server with `Host: attacker.example`. Only the names the server is bound under are answered (421
// otherwise): loopback names, the --host value, and for a wildcard bind the machine's own addresses.
import { networkInterfaces } from "node:os";

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];
const WILDCARDS = new Set(["0.0.0.0", "::", "[::]"]);

/** `[::1]` for an IPv6 literal, lowercase otherwise: the form a Host header carries. */
const hostForm = (host: string) => (host.includes(":") && !host.startsWith("[") ? `[${host}]` : host).toLowerCase();

/** The host names this server answers to when bound to `boundHost`. */
export function allowedHostNames(boundHost: string): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, hostForm(boundHost)]);
  if (WILDCARDS.has(boundHost)) {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) names.add(hostForm(a.address));
  }
  return names;
}

/** The host name of a Host header value (`name`, `name:port`, `[v6]`, `[v6]:port`), or null when malformed. */
export function hostNameOf(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]\s]+)(?::\d{1,5})?$/.exec(header.trim());
  return match ? match[1]!.toLowerCase() : null;
}

export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  const name = hostNameOf(header);
  return name !== null && allowed.has(name.replace(/\.$/, ""));
}

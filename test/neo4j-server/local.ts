// Starts and stops the throwaway Neo4j of Launcher.java from Node: fetches the jars with Maven when they
// are missing, runs the launcher on a free port, waits until Bolt answers a login, and on stop ends the
// JVM and removes its data folder. Used by `pnpm neo4j:local` (main.ts) and the tests' global setup.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Neo4jStore } from "@newsgraph/graph-model/neo4j";

export const SERVER_DIR = import.meta.dirname;
const JARS = join(SERVER_DIR, "target", "dependency");
const CLASSES = join(SERVER_DIR, "target", "classes");
const LAUNCHER = join(SERVER_DIR, "Launcher.java");

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The JVM's process id. */
  pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Bolt port; 0 (default) takes a free one. */
  port?: number;
  password?: string;
  /** How long starting may take before it is an error (default 240 s: the machines are shared). */
  timeoutMs?: number;
  /** Where progress lines go (Maven's download, the wait). */
  log?: (line: string) => void;
}

/** Fetches Neo4j's jars into target/dependency (cached in ~/.m2) unless they are there. */
export function prepareJars(log: (line: string) => void = () => {}): void {
  if (existsSync(JARS) && readdirSync(JARS).some((f) => /^neo4j-5\.\d+\.\d+\.jar$/.test(f))) return;
  log("fetching Neo4j's jars with Maven (once; cached in ~/.m2)...");
  const run = spawnSync("mvn", ["-B", "-q", "dependency:copy-dependencies"], { cwd: SERVER_DIR, stdio: ["ignore", "inherit", "inherit"] });
  if (run.error) throw new Error(`cannot run mvn (Maven 3 is needed to fetch Neo4j): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`mvn dependency:copy-dependencies failed in ${SERVER_DIR} (exit ${run.status})`);
}

/**
 * Compiles Launcher.java into target/classes when it changed. `java Launcher.java` would run it without
 * this step, but compiles it again on every start (seconds of CPU on a busy machine).
 */
function compileLauncher(): void {
  const compiled = join(CLASSES, "Launcher.class");
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(LAUNCHER).mtimeMs) return;
  const run = spawnSync("javac", ["-d", CLASSES, "-cp", `${JARS}/*`, LAUNCHER], { stdio: ["ignore", "inherit", "inherit"] });
  if (run.error || run.status !== 0) throw new Error(`javac could not compile ${LAUNCHER} (Java 17 is needed): ${run.error?.message ?? `exit ${run.status}`}`);
}

/** Starts the server and resolves once a driver can log in. */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  prepareJars(log);
  compileLauncher();
  const password = options.password ?? "newsgraph-test";
  const home = mkdtempSync(join(tmpdir(), "newsgraph-neo4j-"));
  const java = spawn(
    "java",
    ["-Xmx1g", "-XX:+UseSerialGC", "-cp", `${CLASSES}:${JARS}/*`, "Launcher", "--port", String(options.port ?? 0), "--password", password, "--home", home],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => java.once("exit", () => resolve()));
  const stop = async () => {
    if (java.exitCode === null && java.signalCode === null) {
      java.kill("SIGTERM");
      const timer = setTimeout(() => java.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const uri = await readyLine(java, options.timeoutMs ?? 240_000);
    const store = await Neo4jStore.connect({ uri, user: "neo4j", password }, {});
    await store.close();
    return { uri, user: "neo4j", password, pid: java.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The `READY bolt://...` line of the launcher; its stderr tail if it dies or takes too long. */
function readyLine(java: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const fail = (why: string) => reject(new Error(`the local Neo4j did not start: ${why}${err.trim() ? `\n${err.trim().split("\n").slice(-20).join("\n")}` : ""}`));
    const timer = setTimeout(() => fail(`no answer after ${timeoutMs / 1000} s`), timeoutMs);
    java.stderr!.on("data", (chunk: Buffer) => (err = (err + chunk.toString()).slice(-20_000)));
    java.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /^READY (bolt:\/\/\S+)$/m.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    });
    java.once("error", (e) => {
      clearTimeout(timer);
      fail(`cannot run java (Java 17 is needed): ${e.message}`);
    });
    java.once("exit", (code, signal) => {
      clearTimeout(timer);
      fail(`the JVM exited (${signal ?? `code ${code}`})`);
    });
  });
}

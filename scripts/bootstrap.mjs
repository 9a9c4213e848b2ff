#!/usr/bin/env node
// What `npm start` and `npm test` run on a fresh clone that has only Node 20 and npm: install what is missing,
// then start the viewer on the sample corpus, or run every test. Plain JavaScript with no dependency, because it
// runs before anything is installed. Quick the second time: each step checks first and does nothing when done
// (the dependencies are re-installed only when pnpm-lock.yaml changed, through a stamp holding its hash).
//
//   node scripts/bootstrap.mjs start [newsgraph start options]   install, then build corpus/seeds and serve
//   node scripts/bootstrap.mjs test [vitest arguments]           install (and Chromium), then run the tests
//   node scripts/bootstrap.mjs install                           install only (what .ci/run calls first)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PNPM_VERSION = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).packageManager.replace(/^pnpm@/, "");
const STAMP = join(ROOT, "node_modules", ".newsgraph-install");
const MODULES = join(ROOT, "node_modules");

const say = (line) => process.stderr.write(`newsgraph setup: ${line}\n`);

function fail(line) {
  say(line);
  process.exit(1);
}

/** Runs a command; with `quiet`, its output is only shown when it fails. Returns whether it succeeded. */
function run(command, args, { quiet = false, env = process.env } = {}) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: quiet ? "pipe" : "inherit", encoding: "utf8", env });
  if (r.status !== 0 && quiet && r.error?.code !== "ENOENT") process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
  return r.status === 0;
}

function output(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: newsgraph needs Node 20.19 or later (https://nodejs.org)`);
}

/**
 * The pnpm command: pnpm 9 on PATH, else pnpm run through npx (cached by npm after the first time), else a global
 * npm install. corepack is the last resort only: its signature check fails against some registry mirrors.
 */
function findPnpm() {
  if (output("pnpm", ["--version"])?.startsWith("9.")) return ["pnpm"];
  const npx = ["npx", "--yes", `pnpm@${PNPM_VERSION}`];
  if (output(npx[0], [...npx.slice(1), "--version"])?.startsWith("9.")) return npx;
  say(`pnpm ${PNPM_VERSION} through npx failed; trying npm install -g pnpm@${PNPM_VERSION}`);
  if (run("npm", ["install", "-g", `pnpm@${PNPM_VERSION}`], { quiet: true }) && output("pnpm", ["--version"])?.startsWith("9.")) return ["pnpm"];
  say("trying corepack");
  if (run("corepack", ["prepare", `pnpm@${PNPM_VERSION}`, "--activate"], { quiet: true })) {
    const corepack = ["corepack", `pnpm@${PNPM_VERSION}`];
    if (output(corepack[0], [...corepack.slice(1), "--version"])?.startsWith("9.")) return corepack;
  }
  fail(`could not get pnpm ${PNPM_VERSION}: install it (npm install -g pnpm@${PNPM_VERSION}) and run this again`);
}

/** What the installed dependencies were installed from: the lockfile, every package.json and the Node major. */
function installKey() {
  const hash = createHash("sha256");
  for (const file of ["pnpm-lock.yaml", "package.json", "pnpm-workspace.yaml"]) hash.update(readFileSync(join(ROOT, file)));
  hash.update(process.versions.node.split(".")[0]);
  return hash.digest("hex");
}

function installDependencies() {
  const key = installKey();
  if (existsSync(STAMP) && readFileSync(STAMP, "utf8").trim() === key) return;
  const pnpm = findPnpm();
  say(`installing dependencies (${pnpm.join(" ")} install --frozen-lockfile)`);
  if (!run(pnpm[0], [...pnpm.slice(1), "install", "--frozen-lockfile"])) fail("pnpm install failed (see above)");
  writeFileSync(STAMP, `${key}\n`);
}

const isRoot = () => process.getuid?.() === 0;
const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The browser tests drive Debian's chromium (no browser download): installed here when we may, else named. */
function ensureChromium() {
  if (CHROMIUM.some((path) => path && existsSync(path))) return;
  if (aptInstall(["chromium", "fonts-dejavu-core"], "Debian's chromium for the browser tests")) return;
  say("the browser tests need Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH");
}

/** Debian packages, installed when we may (root with apt-get); returns whether they are there now. */
function aptInstall(packages, why) {
  if (!isRoot() || !existsSync("/usr/bin/apt-get")) return false;
  say(`installing ${packages.join(" ")} (${why})`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  return run("apt-get", ["update", "-qq"], { quiet: true, env }) &&
    run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { quiet: true, env });
}

/**
 * The live Neo4j tests start Neo4j Community from Maven Central's jars (test/neo4j-server): Java 17 and Maven
 * first, then the jars, fetched once and cached in ~/.m2, so that the test run itself downloads nothing.
 */
function ensureNeo4jJars() {
  const jars = join(ROOT, "test", "neo4j-server", "target", "dependency");
  if (existsSync(jars)) return;
  const missing = !output("javac", ["-version"]) || !output("mvn", ["-v"]);
  if (missing && !aptInstall(["openjdk-17-jdk-headless", "maven"], "the live Neo4j tests")) {
    say("the live Neo4j tests need Java 17 and Maven 3 (Debian: sudo apt-get install openjdk-17-jdk-headless maven), or NEO4J_URI set to a server");
    return;
  }
  say("fetching Neo4j Community's jars from Maven Central (once; cached in ~/.m2)");
  const ok = spawnSync("mvn", ["-B", "-q", "dependency:copy-dependencies"], { cwd: join(ROOT, "test", "neo4j-server"), stdio: "inherit" }).status === 0;
  if (!ok) say("mvn dependency:copy-dependencies failed in test/neo4j-server (see above)");
}

// What the tests need besides node_modules. Each step checks first and is quick when there is nothing to do;
// a step that prepares a test service (e.g. a local Neo4j) goes here, so that `npm test` and .ci/run share it.
const TEST_PREREQUISITES = [ensureChromium, ...(process.env.NEO4J_URI ? [] : [ensureNeo4jJars])];

function exec(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (r.error) fail(`cannot run ${command}: ${r.error.message}`);
  process.exit(r.status ?? 1);
}

const [task, ...rest] = process.argv.slice(2);
checkNode();
if (task === "install") {
  installDependencies();
  for (const step of TEST_PREREQUISITES) step();
} else if (task === "start") {
  installDependencies();
  exec(process.execPath, [join(MODULES, "@newsgraph", "cli", "bin", "newsgraph.js"), "start", ...rest]);
} else if (task === "test") {
  installDependencies();
  for (const step of TEST_PREREQUISITES) step();
  exec(process.execPath, [join(MODULES, "vitest", "vitest.mjs"), "run", ...rest]);
} else {
  fail(`unknown task "${task ?? ""}": use start, test or install`);
}

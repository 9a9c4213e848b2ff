// The newsgraph CLI end to end: commands run in this process through the same entry point as the binary
// (test/support/cli.ts), and the binary itself spawned once, with worker threads, as a user runs it.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { expectSameBytes } from "./support/bytes";
import { newsgraph } from "./support/cli";
import { ROOT, SEEDS, sampleGraphPath } from "./support/sample-graph";

const SHARED = resolve(ROOT, "..", "shared");
const BIN = join(ROOT, "packages", "cli", "bin", "newsgraph.js");

const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));
let tmp: string;
let sample: Buffer;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "ng-cli-"));
  sample = readFileSync(sampleGraphPath());
});

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), data);
  }
  return dir;
}

describe("newsgraph build", () => {
  it("builds the same bytes as every other build of the sample corpus, with a report of each article", async () => {
    const out = join(tmp, "twice", "a.json");
    const r = await newsgraph("build", SEEDS, "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^built .*a\.json from 5 articles \(5 added\)/);
    expectSameBytes(out, sample);
    const report = readJson(join(tmp, "twice", "a.report.json"));
    expect(report.articles.map((x: { id: string }) => x.id)).toEqual(["000_86ea664bd2d81578.txt", "001_fb9d13d9a774a7f3.txt", "002_486a71332e8d3337.txt", "003_a700e59fd9b59b7d.txt", "004_a12aba75eed873b4.txt"]);
    expect(report.skipped).toEqual([]);
    // every Article node holds the text exactly as read, so provenance offsets can be checked against the file
    const graph = readJson(out);
    for (const node of graph.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === "Article")) {
      expect(node.attributes.text).toBe(readFileSync(join(SEEDS, node.attributes.name), "utf8"));
    }
  });

  // Worker threads give the same outcomes as one thread: packages/extractor/src/parallel/extract-articles.test.ts.
  it("works through bin/newsgraph.js in its own process, from another folder, with the same bytes", () => {
    const out = join(tmp, "bin", "g.json");
    const r = spawnSync(process.execPath, [BIN, "build", SEEDS, "--out", out], { cwd: tmpdir(), encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^built .*g\.json from 5 articles \(5 added\)/);
    expectSameBytes(out, sample);
  });

  it.skipIf(!existsSync(join(SHARED, "eval", "score.mjs")))("writes a graph the evaluation scorer reads (skipped when ../shared is absent, as in a clone)", () => {
    const out = sampleGraphPath();
    const r = spawnSync(process.execPath, [join(SHARED, "eval", "score.mjs"), "--graph", out, "--gold", join(SHARED, "eval", "gold"), "--texts", SEEDS, "--json"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("reads the good article of a folder of bad files and reports every skipped file with its reason", async () => {
    const dir = folder("mixed", {
      "good.txt": "Qatar's foreign ministry said talks between Israel and Hamas would resume on Monday.\n",
      "empty.txt": "",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]),
      "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      "big.txt": "The minister said so. ".repeat(200),
      "notes.docx": "PK",
    });
    const out = join(tmp, "mixed.json");
    const r = await newsgraph("build", dir, "--out", out, "--max-size", "0.001");
    expect(r.code, r.stderr).toBe(0);
    const report = readJson(join(tmp, "mixed.report.json"));
    expect(report.articles.map((a: { id: string }) => a.id)).toEqual(["good.txt"]);
    expect(Object.fromEntries(report.skipped.map((s: { path: string; reason: string }) => [s.path.slice(dir.length + 1), s.reason]))).toEqual({
      "big.txt": "file is 4.3 KB, over the 1.0 KB size limit",
      "binary.txt": "binary file (NUL byte at byte 4)",
      "empty.txt": "empty file",
      "latin1.txt": "not valid UTF-8 (first bad byte at 3)",
      "notes.docx": 'unknown extension ".docx"; newsgraph reads .txt, .md, .html, .htm, .jsonl',
    });
    expect(r.stderr).toContain("5 skipped, see");
    expect(r.stderr).toContain(`skipped ${join(dir, "binary.txt")}: binary file`);
  });

  it("fails with a message that says why when nothing could be read, and still writes the report", async () => {
    const dir = folder("bad-only", { "a.bin": Buffer.from([0, 1, 2]), "b.txt": Buffer.from([0x00, 0x41]) });
    const out = join(tmp, "bad-only.json");
    const r = await newsgraph("build", dir, "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("no articles read: 2 inputs skipped");
    expect(r.stderr).toContain(`${join(dir, "b.txt")}: binary file (NUL byte at byte 0)`);
    expect(existsSync(out)).toBe(false);
    expect(readJson(join(tmp, "bad-only.report.json")).skipped).toHaveLength(2);
  });

  it("--into adds new articles, skips unchanged ones and replaces changed ones", async () => {
    const dir = folder("into", { "one.txt": "Kyiv said the talks would resume.\n" });
    const graph = join(tmp, "into.json");
    expect((await newsgraph("build", dir, "--out", graph)).code).toBe(0);
    const frontMatter = "---\ntitle: Second\npublished: 2024-06-21\n---\n";
    writeFileSync(join(dir, "two.md"), `${frontMatter}Moscow said it would not attend.\n`);
    const added = await newsgraph("build", "--into", graph, dir, "--json");
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout).articles.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([["one.txt", "unchanged"], ["two.md", "added"]]);
    const before = readFileSync(graph);

    const again = await newsgraph("build", "--into", graph, dir, "--json");
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.articles.map((a: { status: string }) => a.status)).toEqual(["unchanged", "unchanged"]);
    expect(report.written).toBe(false);
    expectSameBytes(graph, before);

    writeFileSync(join(dir, "one.txt"), "Kyiv said the talks would not resume.\n");
    const changed = await newsgraph("build", "--into", graph, dir, "--json");
    expect(changed.stderr).toContain(`warning ${join(dir, "one.txt")}: replaced the earlier text of article one.txt in ${graph} (same id)`);
    expect(JSON.parse(changed.stdout).articles.map((a: { status: string }) => a.status)).toEqual(["changed", "unchanged"]);
    const articles = readJson(graph).nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === "Article");
    expect(articles.map((n: { key: string; attributes: { text: string; title?: string } }) => [n.key, n.attributes.text, n.attributes.title])).toEqual([
      ["article:one.txt", "Kyiv said the talks would not resume.\n", undefined],
      ["article:two.md", `${frontMatter.replace(/[^\n]/g, " ")}Moscow said it would not attend.\n`, "Second"],
    ]);
  });

  it("--into with the article that sorts last gives the bytes of a full build", async () => {
    const seeds = readdirSync(SEEDS).sort();
    const dir = folder("incremental", Object.fromEntries(seeds.slice(0, -1).map((f) => [f, readFileSync(join(SEEDS, f))])));
    const partial = join(tmp, "incremental.json");
    expect((await newsgraph("build", dir, "--out", partial)).code).toBe(0);
    copyFileSync(join(SEEDS, seeds.at(-1)!), join(dir, seeds.at(-1)!));
    expect((await newsgraph("build", "--into", partial, dir)).code).toBe(0);
    expectSameBytes(partial, sample);
  });

  it("keeps files of the same name in different folders apart: ids are paths inside the folder given", async () => {
    const root = folder("outlets", { "x/dup.txt": "Kyiv said the talks would resume.\n", "y/dup.txt": "Moscow said it would not attend.\n" });
    const out = join(tmp, "outlets.json");
    const r = await newsgraph("build", root, "--out", out, "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).articles.map((a: { id: string }) => a.id)).toEqual(["x/dup.txt", "y/dup.txt"]);
    // built one folder after the other --into one graph, the second never silently replaces the first
    const single = join(tmp, "single.json");
    expect((await newsgraph("build", join(root, "x"), "--out", single)).code).toBe(0);
    const into = await newsgraph("build", "--into", single, join(root, "y"));
    expect(into.stderr).toContain(`warning ${join(root, "y", "dup.txt")}: replaced the earlier text of article dup.txt`);
    // and two folders in one run: the second is skipped with the reason, not dropped in silence
    const both = await newsgraph("build", join(root, "x"), join(root, "y"), "--out", join(tmp, "both.json"));
    expect(both.stderr).toContain(`skipped ${join(root, "y", "dup.txt")}: duplicate article id "dup.txt" (already read from ${join(root, "x", "dup.txt")})`);
  });

  it("names the output when the graph cannot be written", async () => {
    const dir = join(tmp, "a-folder");
    mkdirSync(join(dir, "inside"), { recursive: true });
    const input = folder("small", { "one.txt": "Kyiv said the talks would resume.\n" });
    const r = await newsgraph("build", input, "--out", dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsgraph: ${dir}: cannot write the graph (EISDIR)\n`);
  });

  it("refuses --into a graph that does not exist, naming it", async () => {
    const r = await newsgraph("build", "--into", join(tmp, "nope.json"), SEEDS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsgraph: ${join(tmp, "nope.json")}: no such graph file (build --into adds to an existing graph; use --out to start a new one)\n`);
  });
});

describe("newsgraph stats and export", () => {
  let graph: string;
  beforeAll(() => {
    graph = join(tmp, "stats", "graph.json");
    mkdirSync(join(tmp, "stats"), { recursive: true });
    copyFileSync(sampleGraphPath(), graph);
  });

  it("stats prints counts by type and the articles; --json gives the same figures", async () => {
    const text = await newsgraph("stats", graph);
    expect(text.code).toBe(0);
    const json = await newsgraph("stats", graph, "--json", "--top", "3");
    const stats = JSON.parse(json.stdout);
    expect(stats.articles).toHaveLength(5);
    expect(stats.counts.nodes.Article).toBe(5);
    expect(stats.topActors.length).toBeLessThanOrEqual(3);
    expect(text.stdout.split("\n")[0]).toBe(`${graph}: 5 articles, ${stats.counts.totalNodes} nodes, ${stats.counts.totalEdges} edges`);
    expect(text.stdout).toContain("000_86ea664bd2d81578.txt");
  });

  it("export --format json writes the graph, byte-identical to the build", async () => {
    const out = join(tmp, "stats", "copy.json");
    const r = await newsgraph("export", graph, "--format", "json", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    expectSameBytes(out, graph);
  });

  it("export --format gexf and graphml write every node and edge, the same bytes each time", async () => {
    const graphJson = readJson(graph);
    for (const [format, nodeTag, edgeTag] of [["gexf", "<node id=", "<edge "], ["graphml", "<node id=", "<edge "]] as const) {
      const out = join(tmp, "stats", `graph.${format}`);
      const r = await newsgraph("export", graph, "--format", format, "--out", out);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(`wrote ${out} (${format}: ${graphJson.nodes.length} nodes, ${graphJson.edges.length} edges)\n`);
      const text = readFileSync(out, "utf8");
      expect(text.startsWith("<?xml")).toBe(true);
      expect(text).toContain(format === "gexf" ? "<gexf" : "<graphml");
      expect(text.split(nodeTag).length - 1).toBe(graphJson.nodes.length);
      expect(text.split(edgeTag).length - 1).toBe(graphJson.edges.length);
      const again = join(tmp, "stats", `again.${format}`);
      expect((await newsgraph("export", graph, "--format", format, "--out", again)).code).toBe(0);
      expectSameBytes(again, out);
    }
  });

  it("export writes beside the graph when --out is not given", async () => {
    const r = await newsgraph("export", graph, "--format", "gexf");
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(tmp, "stats", "graph.gexf"))).toBe(true);
  });

  it("export --ego takes an actor's name, walks relations only (never through an Article) and keeps the articles", async () => {
    const out = join(tmp, "stats", "ego.json");
    const r = await newsgraph("export", graph, "--format", "json", "--ego", "Sobyanin", "--hops", "1", "--out", out);
    expect(r.code, r.stderr).toBe(0);
    const sub = readJson(out);
    const keys = sub.nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain("actor:sergei-sobyanin");
    // by id, the same subgraph
    const byId = join(tmp, "stats", "ego-id.json");
    expect((await newsgraph("export", graph, "--format", "json", "--ego", "actor:sergei-sobyanin", "--hops", "1", "--out", byId)).code).toBe(0);
    expectSameBytes(byId, out);
    // every non-article node is within one relation of Sobyanin: none was reached through an article
    const all = readJson(graph);
    const mentionedIn = new Set(all.edges.filter((e: { source: string; attributes: { type: string } }) => e.source === "actor:sergei-sobyanin" && e.attributes.type === "MENTIONED_IN").map((e: { target: string }) => e.target));
    const actors = sub.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type === "Actor").length;
    const allActorsOfHisArticles = new Set(all.edges.filter((e: { target: string; attributes: { type: string } }) => e.attributes.type === "MENTIONED_IN" && mentionedIn.has(e.target)).map((e: { source: string }) => e.source));
    expect(actors).toBeLessThan(allActorsOfHisArticles.size);
    const relations = new Set(["SAID", "ABOUT", "PARTY_TO", "PARTICIPATED_IN", "LOCATED_IN", "AFFILIATED_WITH"]);
    const neighbours = new Set(all.edges.filter((e: { source: string; target: string; attributes: { type: string } }) => relations.has(e.attributes.type) && (e.source === "actor:sergei-sobyanin" || e.target === "actor:sergei-sobyanin")).flatMap((e: { source: string; target: string }) => [e.source, e.target]));
    for (const n of sub.nodes.filter((n: { attributes: { type: string } }) => n.attributes.type !== "Article")) expect(neighbours.has(n.key), n.key).toBe(true);
    expect(sub.nodes.some((n: { attributes: { type: string } }) => n.attributes.type === "Article")).toBe(true);
  });

  it("export --ego with an ambiguous or unknown name lists the candidates, as the query API does", async () => {
    const ambiguous = await newsgraph("export", graph, "--format", "json", "--ego", "Sergei");
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/^newsgraph: .*graph\.json: --ego: ambiguous actor "Sergei".*Sergei Sobyanin/);
    expect(ambiguous.stderr.trim().split("\n")).toHaveLength(1);
    const typo = await newsgraph("export", graph, "--format", "json", "--ego", "Sobyanim");
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("did you mean: Sergei Sobyanin");
  });
});

describe("newsgraph errors and help", () => {
  it("names a missing graph file and an invalid one, without a stack trace", async () => {
    const missing = await newsgraph("stats", join(tmp, "missing.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`newsgraph: ${join(tmp, "missing.json")}: no such graph file (newsgraph build writes one)\n`);
    const bad = join(tmp, "bad.json");
    writeFileSync(bad, '{"nodes": [{"key": "x", "attributes": {"type": "Actor"}}], "edges": []}');
    const invalid = await newsgraph("stats", bad);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(new RegExp(`^newsgraph: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: node x: .+\\n$`));
    expect(invalid.stderr).not.toContain("    at ");
    const debug = await newsgraph("--debug", "stats", bad);
    expect(debug.stderr).toContain("    at ");
  });

  it("gives a one-line error for unknown options and bad arguments", async () => {
    const cases: [string[], RegExp][] = [
      [["build", SEEDS, "--wrokers", "2"], /^error: unknown option '--wrokers'\n\(Did you mean --workers\?\)\n$/],
      [["build", SEEDS, "--workers", "two"], /^error: option '-w, --workers <n>' argument 'two' is invalid\. expected a whole number, e.g\. 4\n$/],
      [["build", SEEDS, "--max-size", "-1"], /^error: option '--max-size <mb>' argument '-1' is invalid\. expected a number above 0/],
      [["build"], /^error: missing required argument 'inputs'\n$/],
      [["export", "g.json", "--format", "pdf"], /^error: option '-f, --format <format>' argument 'pdf' is invalid\. Allowed choices are json/],
      [["frobnicate"], /^error: unknown command 'frobnicate'\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await newsgraph(...args);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("run --help explains run (a script's own --help goes after --)", async () => {
    const help = await newsgraph("run", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: newsgraph run <script> [args...]");
    expect(help.stderr).toBe("");
  });

  it("lists the commands, and explains every option of build, stats and export with an example", async () => {
    const top = await newsgraph("--help");
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^  ([a-z][\w-]*)(?: \[options\])?/gm)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(["build", "export", "stats"]));
    for (const command of ["build", "export", "stats"]) {
      const help = await newsgraph(command, "--help");
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain("Examples:");
      const options = help.stdout.split("Options:\n")[1]!.split("\n\n")[0]!.split(/\n(?=  -)/);
      expect(options.length, command).toBeGreaterThan(1);
      for (const option of options.filter((o) => !/--help|--debug/.test(o))) expect(option, `${command}: ${option}`).toMatch(/e\.g\./);
    }
  });
});

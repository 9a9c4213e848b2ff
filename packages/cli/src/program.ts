// The newsgraph program: global options, every command, and how errors reach the user.
import { Command } from "commander";
import * as commands from "./commands/index";
import { formatError } from "./errors";

export function createProgram(): Command {
  const program = new Command("newsgraph")
    .description("Knowledge graphs of who said what, from news articles, with provenance to the exact words.")
    .version("0.1.0", "-V, --version", "print the version")
    .option("--debug", "show stack traces of errors")
    .showSuggestionAfterError()
    .configureHelp({ showGlobalOptions: true, sortSubcommands: true })
    .addHelpText("after", "\nExamples:\n  $ newsgraph build corpus/seeds --out graph.json\n  $ newsgraph stats graph.json\n  $ newsgraph export graph.json --format gexf\n\nRun newsgraph <command> --help for a command's options.");
  for (const command of Object.values(commands)) command.register(program);
  return program;
}

/** Runs the CLI; returns the exit code. Commander itself exits (code 1) on usage errors, after one line. */
export async function runCli(argv: readonly string[] = process.argv): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    process.stderr.write(`${formatError(error, Boolean(program.opts().debug))}\n`);
    return (error as { exitCode?: number }).exitCode ?? 1;
  }
}

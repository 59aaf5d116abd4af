import { Command, CommanderError } from "commander";
import { COMMANDS } from "./commands";

/** Runs `kc` with Node's argv; resolves to the process exit code (0 ok, 1 findings, 2 unusable input). */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("kc")
    .description("KC: kiểm tra và tổng hợp báo cáo khuyến công / check and consolidate khuyến công reports")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let exitCode = 0;
  for (const register of COMMANDS) register(program, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  return exitCode;
}

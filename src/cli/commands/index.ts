import type { Command } from "commander";
import { registerTemplate } from "./template";
import { registerValidate } from "./validate";
import { registerSummarize } from "./summarize";
import { registerCheckText } from "./check-text";
import { registerReview } from "./review";
import { registerCorrect } from "./correct";

/** A subcommand registers itself on the program and reports its exit code through `setExit`. */
export type RegisterCommand = (program: Command, setExit: (code: number) => void) => void;

// Each subcommand lives in its own file beside this one and is listed here.
export const COMMANDS: RegisterCommand[] = [registerValidate, registerTemplate, registerSummarize, registerCheckText, registerReview, registerCorrect];

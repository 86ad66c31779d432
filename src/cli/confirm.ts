import { createInterface } from "node:readline";

/** A question can be asked only when someone can type the answer. */
export function canPrompt(): boolean {
  return process.stdin.isTTY === true;
}

/** Asks on the terminal; only "y" or "yes" confirms (Enter, anything else or Ctrl+C declines). */
export function confirm(question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    let answered = false;
    const finish = (confirmed: boolean) => {
      if (answered) return;
      answered = true;
      prompt.close();
      resolve(confirmed);
    };
    // Without a listener, readline would only pause on Ctrl+C and leave the question unanswered.
    prompt.on("SIGINT", () => {
      process.stderr.write("\n");
      finish(false);
    });
    prompt.on("close", () => finish(false));
    prompt.question(`${question} [y/N] `, (answer) => finish(/^y(es)?$/i.test(answer.trim())));
  });
}

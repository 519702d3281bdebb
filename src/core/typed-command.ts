/** How a surface shows a command inside a sentence: quoted, in code style, after its prefix. */
export type TypedCommand = (command: string) => string;

/** A command as plain text, quoted, after `commandPrefix` ("" in a personal chat or the terminal). */
export function quotedCommand(commandPrefix: string): TypedCommand {
  return (command) => `"${commandPrefix}${command}"`;
}

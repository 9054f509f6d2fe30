/** Helpers shared by the command files. */
import type { Command } from 'commander';
import type { Io, Session } from '../context.js';
import { openSession } from '../context.js';

/**
 * Wraps a command action: opens the session (config, output, client) from the command's global flags and
 * passes the positional arguments and the command's own options.
 */
export function action<A extends unknown[], O>(
  io: Io,
  fn: (session: Session, options: O, ...args: A) => Promise<void>,
): (...raw: unknown[]) => Promise<void> {
  return async (...raw) => {
    const command = raw[raw.length - 1] as Command;
    const options = command.opts() as O;
    // commander passes (args…, options, command)
    const args = raw.slice(0, -2) as A;
    await fn(await openSession(io, command), options, ...args);
  };
}

/** "3 of 120 creators; next page: --after X" for humans, on stderr. */
export function pageNote(
  session: Session,
  shown: number,
  total: number | null | undefined,
  noun: string,
  next?: string | null,
): void {
  if (session.out.mode !== 'human') return;
  const of = total != null ? ` of ${total}` : '';
  const more = next ? `; next page: --after ${next} (or --all)` : '';
  session.out.note(session.out.colors.dim(`${shown}${of} ${noun}${more}`));
}

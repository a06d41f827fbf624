// Admission for console queries: at most `total` run at once, at most `perClient` of them for one
// client. A query that finds no slot is refused at once (no queue), so a flood of console requests
// can never hold more than `total` Neo4j connections or wait in line in front of a user's own query.
import { ConsoleQueryError } from './errors.ts';

const MODULE = 'store/console/slots';

export class ConsoleSlots {
  private running = 0;
  private readonly byClient = new Map<string, number>();

  constructor(
    readonly total: number,
    readonly perClient: number,
  ) {}

  /** Takes a slot for `client`; the returned function gives it back (call it exactly once). */
  acquire(client: string): () => void {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.perClient) {
      throw new ConsoleQueryError(
        'busy',
        `${MODULE}: console busy: ${mine} of your queries are still running (at most ${this.perClient} at once); wait for one to finish`,
      );
    }
    if (this.running >= this.total) {
      throw new ConsoleQueryError(
        'busy',
        `${MODULE}: console busy: ${this.running} queries are running (at most ${this.total} at once); try again in a few seconds`,
      );
    }
    this.running++;
    this.byClient.set(client, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left === 0) this.byClient.delete(client);
      else this.byClient.set(client, left);
    };
  }

  get inUse(): number {
    return this.running;
  }
}

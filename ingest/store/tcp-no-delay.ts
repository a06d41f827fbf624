// Bolt sockets without Nagle's algorithm. neo4j-driver 5 (its Node channel) opens sockets with
// keep-alive but never sets TCP_NODELAY, so a request it writes in two parts (its chunker flushes at
// 1,400 bytes, so any longer statement) waits for the server's delayed ACK, 40 ms on Linux: the
// neighbourhood query took 60 ms from Node for 12 ms of server time. The Python driver sets the
// option for the same reason (neo4j/neo4j-python-driver#1122). The driver offers no socket hook;
// it calls setKeepAlive(true) on every socket it opens, so that is where TCP_NODELAY goes in. Any
// other socket in the process that turns keep-alive on gets it too, which only lowers its latency.
import net from 'node:net';

let installed = false;

/** Idempotent; called by createDriver before the first connection. */
export function enableTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const setKeepAlive = net.Socket.prototype.setKeepAlive;
  net.Socket.prototype.setKeepAlive = function (this: net.Socket, ...args: Parameters<typeof setKeepAlive>) {
    this.setNoDelay(true);
    return setKeepAlive.apply(this, args);
  };
}

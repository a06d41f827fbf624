// TCP_NODELAY reaches every socket the driver opens (it calls setKeepAlive on each), so no request
// waits 40 ms for a delayed ACK.
import net from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { createDriver } from '../../../ingest/store/client.ts';
import { enableTcpNoDelay } from '../../../ingest/store/tcp-no-delay.ts';

describe('enableTcpNoDelay', () => {
  it('should turn Nagle off on a socket when keep-alive is turned on, once however often it is installed', async () => {
    await createDriver('bolt://127.0.0.1:1', 'neo4j', 'neo4j').close(); // installs it, opens nothing
    enableTcpNoDelay();
    const socket = new net.Socket();
    const noDelay = vi.spyOn(socket, 'setNoDelay');
    socket.setKeepAlive(true);
    expect(noDelay).toHaveBeenCalledTimes(1);
    expect(noDelay).toHaveBeenCalledWith(true);
    socket.destroy();
  });
});

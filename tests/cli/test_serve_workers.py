"""The listener `serve --workers N` hands its worker processes: accepted connections get TCP_NODELAY."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import uvicorn

from cli.serve_workers import tcp_listener


class NodelayReport(asyncio.Protocol):
    def __init__(self, seen: asyncio.Future[int]) -> None:
        self.seen = seen

    def connection_made(self, transport: Any) -> None:
        accepted = transport.get_extra_info("socket")
        self.seen.set_result(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        transport.close()


async def nodelay_of_an_accepted_connection(listener: socket.socket) -> int:
    seen: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    server = await asyncio.get_running_loop().create_server(lambda: NodelayReport(seen), sock=listener)
    _, writer = await asyncio.open_connection(*listener.getsockname())
    try:
        return await asyncio.wait_for(seen, timeout=10)
    finally:
        writer.close()
        server.close()


def test_accepted_connections_have_nodelay() -> None:
    config = uvicorn.Config("api.app:app_from_environment", factory=True, workers=2, host="127.0.0.1", port=0)
    listener = tcp_listener(config)
    assert listener.proto == socket.IPPROTO_TCP
    assert asyncio.run(nodelay_of_an_accepted_connection(listener)) != 0

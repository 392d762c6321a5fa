"""A forward proxy for local tests: every host name leads to the local site farm, no DNS is ever asked."""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger(__name__)

HEAD_LIMIT = 64 * 1024


class ForwardProxy:
    """Pipes plain proxy requests to the farm's HTTP port and CONNECT tunnels to its TLS (or HTTP) port.

    The farm answers absolute-form request targets itself, so requests for several hosts may share one
    client connection without the proxy parsing more than the first request line.
    """

    def __init__(self, http_port: int, tls_port: int, known_hosts: set[str]) -> None:
        self.http_port = http_port
        self.tls_port = tls_port
        self.known_hosts = known_hosts

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            writer.close()
            return
        method, _, rest = head.decode("latin-1").partition(" ")
        if method.upper() == "CONNECT":
            await self._tunnel(rest.split(" ")[0], reader, writer)
        else:
            await self._pipe_to(self.http_port, head, reader, writer)

    async def _tunnel(self, authority: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host, _, port = authority.rpartition(":")
        with contextlib.suppress(asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
            await _skip_headers(reader)
        if host.lower().strip("[]") not in self.known_hosts:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nX-Squid-Error: ERR_DNS_FAIL 0\r\nContent-Length: 0\r\n\r\n")
            await _close(writer)
            return
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        target = self.tls_port if port == "443" else self.http_port
        await self._pipe_to(target, b"", reader, writer)

    async def _pipe_to(
        self, port: int, first: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            await _close(writer)
            return
        upstream_writer.write(first)
        await asyncio.gather(_copy(reader, upstream_writer), _copy(upstream_reader, writer))


async def _skip_headers(reader: asyncio.StreamReader) -> None:
    """Read header lines up to the blank one; a CONNECT without headers (urllib3 sends one) has only that."""
    while await reader.readuntil(b"\r\n") != b"\r\n":
        pass


async def _copy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        await _close(writer)


async def _close(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(Exception):
        writer.close()
        await writer.wait_closed()

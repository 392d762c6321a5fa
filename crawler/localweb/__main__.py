"""Serve site folders on 127.0.0.1 behind a forward proxy: `python -m crawler.localweb DIR... --port-file F`."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import socket
import sys
import tempfile
from pathlib import Path

import uvicorn

from crawler.localweb.certificate import write_self_signed
from crawler.localweb.proxy import ForwardProxy
from crawler.localweb.sites import SiteFarm, discover_sites


def _bound_socket(port: int = 0) -> socket.socket:
    """A listening socket that says it is TCP: asyncio sets TCP_NODELAY only on connections of such sockets. With
    protocol 0, a response written in two parts (headers, then body) waited for the client's delayed ACK, about
    40 ms per request, on every proxy and site connection (bench/crawl_throughput.py: 44 ms per page, p10 to p90)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(512)
    sock.setblocking(False)
    return sock


def _server(app: SiteFarm, certfile: str | None = None, keyfile: str | None = None) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_keep_alive=30,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
    )
    return uvicorn.Server(config)


async def serve(folders: list[Path], proxy_port: int, port_file: Path | None) -> None:
    sites = discover_sites(folders)
    farm = SiteFarm(sites)
    http_socket, tls_socket = _bound_socket(), _bound_socket()
    cert_dir = Path(tempfile.mkdtemp(prefix="localweb-"))
    certfile, keyfile = write_self_signed(cert_dir)
    http_server = _server(farm)
    tls_server = _server(farm, str(certfile), str(keyfile))
    proxy = ForwardProxy(http_socket.getsockname()[1], tls_socket.getsockname()[1], set(sites))
    proxy_server = await asyncio.start_server(proxy.handle, sock=_bound_socket(proxy_port))
    ports = {
        "proxy": proxy_server.sockets[0].getsockname()[1],
        "http": http_socket.getsockname()[1],
        "https": tls_socket.getsockname()[1],
        "hosts": sorted(sites),
    }
    _announce(ports, port_file)
    tasks = [
        asyncio.ensure_future(http_server.serve(sockets=[http_socket])),
        asyncio.ensure_future(tls_server.serve(sockets=[tls_socket])),
        asyncio.ensure_future(proxy_server.serve_forever()),
    ]
    # uvicorn stops its servers on SIGTERM/SIGINT; the proxy must not keep the process alive after them.
    await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    http_server.should_exit = tls_server.should_exit = True
    proxy_server.close()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _announce(ports: dict[str, object], port_file: Path | None) -> None:
    text = json.dumps(ports)
    if port_file:
        temporary = port_file.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(port_file)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path, help="folders whose sub-folders are named by host")
    parser.add_argument("--proxy-port", type=int, default=0)
    parser.add_argument("--port-file", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(serve(args.folders, args.proxy_port, args.port_file))


if __name__ == "__main__":
    main()

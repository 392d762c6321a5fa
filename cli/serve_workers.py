"""`serve --workers N`: uvicorn's worker processes on one listening socket that keeps TCP_NODELAY."""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess


def tcp_listener(config: uvicorn.Config) -> socket.socket:
    """uvicorn's bound socket, saying it is TCP. uvicorn binds it with protocol 0, and asyncio then leaves Nagle on
    for every accepted connection: each keep-alive answer after the first waited ~40 ms for the client's delayed
    ACK (Kludex/uvicorn#3149, open in uvicorn 0.54; one process is not affected)."""
    bound = config.bind_socket()
    return socket.socket(bound.family, bound.type, socket.IPPROTO_TCP, fileno=bound.detach())


def serve_workers(config: uvicorn.Config) -> None:
    """What uvicorn.run does for workers > 1, on the listener above."""
    Multiprocess(config, sockets=[tcp_listener(config)]).run()

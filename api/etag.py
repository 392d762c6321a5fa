"""ETags on reads: a hash of the answer, and 304 Not Modified when the client already holds it."""

from __future__ import annotations

import hashlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TAGGED_TYPE = b"application/json"


class ETagMiddleware:
    """Buffers successful JSON GET answers under a path prefix, tags them, and answers If-None-Match with 304.
    Anything else (errors, streamed downloads such as CSV exports) passes through untouched and unbuffered."""

    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        held: list[Message] = []
        passing = False

        async def hold(message: Message) -> None:
            nonlocal passing
            if message["type"] == "http.response.start":
                passing = message["status"] != 200 or not _content_type(message).startswith(TAGGED_TYPE)
            if passing:
                await send(message)
                return
            held.append(message)
            if not message.get("more_body", False) and message["type"] == "http.response.body":
                await _answer(scope, held, send)

        await self.app(scope, receive, hold)


def _content_type(start: Message) -> bytes:
    return next((value for name, value in start["headers"] if name.lower() == b"content-type"), b"")


async def _answer(scope: Scope, held: list[Message], send: Send) -> None:
    start = held[0]
    body = b"".join(message.get("body", b"") for message in held[1:])
    etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
    asked = dict(scope["headers"]).get(b"if-none-match", b"").decode("latin-1")
    if etag in [tag.strip().removeprefix("W/") for tag in asked.split(",")]:
        headers = [(b"etag", etag.encode()), (b"cache-control", b"no-cache")]
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
    headers += [(b"etag", etag.encode()), (b"cache-control", b"no-cache"), (b"content-length", str(len(body)).encode())]
    await send({**start, "headers": headers})
    await send({"type": "http.response.body", "body": body})

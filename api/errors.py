"""Errors as HTTP answers: the kind of a `UserError` decides the status, the body is `{"detail": "<one line>"}`."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from catalog.access.submit import BrokerUnavailableError
from catalog.errors import ConflictError, InvalidInputError, NotFoundError, UserError

# Bad query or path parameters never get here: FastAPI answers them with its own 422.
STATUS_BY_ERROR: tuple[tuple[type[UserError], int], ...] = (
    (NotFoundError, 404),
    (InvalidInputError, 422),
    (ConflictError, 409),
    (BrokerUnavailableError, 503),
)
OTHER_USER_ERROR = 400


class ErrorBody(BaseModel):
    detail: str


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers a route can give, for its OpenAPI description."""
    return {status: {"model": ErrorBody} for status in statuses}


def status_of(error: UserError) -> int:
    return next((status for kind, status in STATUS_BY_ERROR if isinstance(error, kind)), OTHER_USER_ERROR)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else ""


async def reject_nul_characters(request: Request) -> None:
    """No database stores or compares a NUL character; say which parameter held one instead of failing."""
    for name, value in [*request.query_params.multi_items(), *request.path_params.items()]:
        if "\x00" in str(value):
            raise InvalidInputError(f"{name}: a NUL character is not allowed")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(UserError)
    async def user_error(_request: Request, error: UserError) -> JSONResponse:
        body = ErrorBody(detail=one_line(str(error)))
        return JSONResponse(status_code=status_of(error), content=body.model_dump())

"""A route's answer serialised in the route's own worker thread."""

from __future__ import annotations

from fastapi import Response
from pydantic import BaseModel


def serialized(model: BaseModel) -> Response:
    """FastAPI validates and serialises the model a plain-function route returns in one more hop to a worker thread;
    a Response passes through as it is. Routes returning this keep `response_model`, so the schema is unchanged."""
    return Response(model.model_dump_json(), media_type="application/json")

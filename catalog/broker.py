"""Sending work to the distributed workers: one message per municipality or API job, on a Redis broker (dramatiq)."""

from __future__ import annotations

import logging
import time
from typing import Any

from dramatiq import Message
from dramatiq.brokers.redis import RedisBroker
from dramatiq.errors import BrokerConnectionError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from catalog.errors import UserError
from catalog.settings import Settings

log = logging.getLogger(__name__)

QUEUE = "ozg-screenings"
SCREEN_ACTOR = "screen_municipality"
JOB_ACTOR = "run_api_job"
NAMESPACE = "ozg"
SEND_RETRY_SECONDS = 1.0
# Share of broker commands (per million) that also requeue the messages of workers whose heartbeat stopped.
# dramatiq's default (0.1 %) leaves a killed worker's municipalities waiting for minutes; 10 % costs two
# cheap Redis reads now and then and brings them back within seconds of the heartbeat timeout.
MAINTENANCE_CHANCE = 100_000
UNREACHABLE = (BrokerConnectionError, RedisConnectionError, RedisTimeoutError, OSError)


def make_broker(settings: Settings) -> RedisBroker:
    """The Redis broker of OZG_BROKER_URL; our own attempts replace dramatiq's retries and time limits."""
    if not settings.broker_url:
        raise UserError("OZG_BROKER_URL is not set: give the Redis URL, e.g. redis://127.0.0.1:6379/0")
    broker = RedisBroker(
        url=settings.broker_url,
        namespace=NAMESPACE,
        heartbeat_timeout=int(settings.worker_heartbeat_timeout * 1000),
        maintenance_chance=MAINTENANCE_CHANCE,
        middleware=[],
    )
    broker.declare_queue(QUEUE)
    return broker


def screening_message(run_id: int, screening_id: int) -> Message[Any]:
    return Message(queue_name=QUEUE, actor_name=SCREEN_ACTOR, args=(run_id, screening_id), kwargs={}, options={})


def job_message(job_id: int) -> Message[Any]:
    return Message(queue_name=QUEUE, actor_name=JOB_ACTOR, args=(job_id,), kwargs={}, options={})


def send(broker: RedisBroker, message: Message[Any], *, delay: float = 0, wait: float = 300.0) -> None:
    """Enqueue, waiting up to `wait` seconds for Redis to come back (a restart) before giving up."""
    deadline = time.monotonic() + wait
    while True:
        try:
            broker.enqueue(message, delay=int(delay * 1000) or None)
            return
        except UNREACHABLE as error:
            if time.monotonic() > deadline:
                raise UserError(f"the broker {redacted(broker)} is unreachable: {error}; is Redis running?") from None
            log.warning("broker unreachable (%s); retrying", error)
            time.sleep(SEND_RETRY_SECONDS)


def send_job(settings: Settings, job_id: int) -> None:
    """Hand an API job to the workers (used when OZG_BROKER_URL is set)."""
    broker = make_broker(settings)
    try:
        send(broker, job_message(job_id), wait=settings.service_wait)
    finally:
        broker.close()


def queued(broker: RedisBroker) -> int:
    """Messages waiting in the queue, delayed ones included (not those being worked on)."""
    client = broker.client
    return sum(int(client.llen(f"{NAMESPACE}:{name}")) for name in (QUEUE, f"{QUEUE}.DQ"))


def redacted(broker: RedisBroker) -> str:
    kwargs = broker.client.connection_pool.connection_kwargs
    return f"redis://{kwargs.get('host', '?')}:{kwargs.get('port', '?')}/{kwargs.get('db', 0)}"

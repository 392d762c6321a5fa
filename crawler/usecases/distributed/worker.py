"""`ozg-screen worker`: one process, one reactor for its crawls, N dramatiq threads taking municipalities."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
from collections.abc import Callable

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from redis.asyncio import Redis
from scrapy.crawler import AsyncCrawlerRunner
from sqlalchemy.orm import Session, sessionmaker

from catalog.broker import JOB_ACTOR, QUEUE, SCREEN_ACTOR, make_broker
from catalog.settings import Settings
from crawler.components.host_budget import RedisHostClock
from crawler.components.politeness import HostClock
from crawler.components.runner import Interrupt, run_in_reactor
from crawler.components.scrapy_settings import CrawlOptions
from crawler.usecases.distributed.bridge import ReactorBridge
from crawler.usecases.distributed.tasks import WorkerContext, keep_leases, run_api_job, screen_municipality
from crawler.usecases.site_jobs import crawl_settings, load_recognition, make_context

log = logging.getLogger(__name__)
POLL_SECONDS = 0.5
# A request's place in a host's shared budget is freed after this long even if its worker died.
LEASE_MARGIN = 10.0


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def serve_worker(
    settings: Settings, sessions: sessionmaker[Session], concurrency: int, progress: Callable[[str], None]
) -> None:
    """Take municipalities from the broker until SIGTERM or Ctrl-C; unfinished ones go back to the queue."""
    broker = make_broker(settings)
    recognition = load_recognition(sessions, settings)
    values, can_render, warning = crawl_settings(settings, CrawlOptions.from_settings(settings))
    if warning:
        progress(warning)
    values["CONCURRENT_REQUESTS"] = settings.concurrent_requests * concurrency  # the runner's crawls share it

    async def main(runner: AsyncCrawlerRunner, interrupt: Interrupt) -> None:
        crawl_context = make_context(CrawlOptions.from_settings(settings), recognition, sessions, can_render)
        bridge = ReactorBridge(asyncio.get_running_loop(), runner, crawl_context, interrupt)
        HostClock.install(_host_clock(settings))
        context = WorkerContext(settings, sessions, recognition, bridge, broker, worker_name())
        stopped = threading.Event()
        threading.Thread(target=keep_leases, args=(context, stopped), name="leases", daemon=True).start()
        worker = _start_worker(broker, context, concurrency)
        progress(f"Worker {context.name} bereit: {concurrency} Kommunen gleichzeitig")
        try:
            await _until_interrupted(interrupt)
        finally:
            progress("Worker hält an: laufende Kommunen gehen zurück in die Warteschlange")
            await asyncio.to_thread(worker.stop, int(settings.task_time_limit * 1000))
            stopped.set()
            broker.close()

    run_in_reactor(values, main)


def _start_worker(broker: RedisBroker, context: WorkerContext, concurrency: int) -> dramatiq.Worker:
    """Declare the two actors against this worker's context and start consuming."""
    dramatiq.Actor(
        lambda run_id, screening_id: screen_municipality(context, run_id, screening_id),
        broker=broker,
        actor_name=SCREEN_ACTOR,
        queue_name=QUEUE,
        priority=0,
        options={},
    )
    dramatiq.Actor(
        lambda job_id: run_api_job(context, job_id),
        broker=broker,
        actor_name=JOB_ACTOR,
        queue_name=QUEUE,
        priority=0,
        options={},
    )
    worker = dramatiq.Worker(broker, queues={QUEUE}, worker_threads=concurrency)
    # Hold only the municipalities being crawled: the rest stay in the queue for other workers.
    worker.queue_prefetch = concurrency
    worker.start()
    return worker


def _host_clock(settings: Settings) -> RedisHostClock:
    client = Redis.from_url(settings.broker_url, socket_timeout=5, socket_connect_timeout=5)
    return RedisHostClock(client, lease=settings.download_timeout + LEASE_MARGIN, outage_wait=settings.service_wait)


async def _until_interrupted(interrupt: Interrupt) -> None:
    while not interrupt.requested:
        await asyncio.sleep(POLL_SECONDS)

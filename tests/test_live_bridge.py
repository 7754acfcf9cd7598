"""Live topics cross workers through Redis (the scale-out profile's bridge)."""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest
import redis

from cop_app.live import Hub, RedisBridge
from tests.aio import run as _run

REDIS_URL = os.environ.get("COP_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL).ping()
    except redis.RedisError as exc:  # pragma: no cover - environment problem
        pytest.fail(f"Redis is not reachable at {REDIS_URL}: {exc}")
    return REDIS_URL


def test_a_publish_in_one_worker_wakes_the_watchers_of_the_others(redis_url: str) -> None:
    async def scenario() -> None:
        channel = f"cop_app:test:{uuid.uuid4().hex}"  # no cross-talk with a running app
        workers = [Hub() for _ in range(3)]
        listeners, ready = [], []
        for worker in workers:
            worker.bridge = RedisBridge(worker, redis_url, channel=channel)
            event = asyncio.Event()
            ready.append(event)
            listeners.append(asyncio.create_task(worker.bridge.listen(event)))
        await asyncio.wait_for(asyncio.gather(*(event.wait() for event in ready)), 5)
        try:
            writer, reader, other = workers
            # A watcher in another worker waits on the topic, as a thread page does.
            waiting = asyncio.create_task(reader.wait("thread:7", 0, 5.0))
            await asyncio.sleep(0.05)
            loop = asyncio.get_running_loop()
            started = loop.time()
            writer.publish("thread:7", "community:2")
            assert await waiting == 1
            assert loop.time() - started < 1.0
            await asyncio.sleep(0.2)  # let every message arrive
            # Each worker bumped each topic exactly once: the writer did not
            # take its own message back.
            for worker in workers:
                assert worker.version("thread:7") == 1
                assert worker.version("community:2") == 1
            assert other.version("thread:8") == 0
        finally:
            for task in listeners:
                task.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)

    _run(scenario())


def test_without_a_bridge_a_publish_stays_in_its_process() -> None:
    async def scenario() -> None:
        here, there = Hub(), Hub()
        here.publish("thread:1")
        assert here.version("thread:1") == 1 and there.version("thread:1") == 0

    _run(scenario())

"""Work that runs after the current transaction commits: reindexing, machine translation, emails.

Tasks are plain functions taking ids, idempotent, so running one twice is harmless. In the embedded
default a task runs in this process: inline right after the commit (fast work the next request should
see, like reindexing a product), or on a background thread (slow work, like calling a translator,
that must never hold up a request). settings.TASKS_INLINE runs background tasks inline too (tests).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.conf import settings
from django.db import connections, transaction

logger = logging.getLogger(__name__)
_background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="passerelle-task")


def run_after_commit(task: Callable[..., Any], *args: Any, background: bool = False) -> None:
    if background and not getattr(settings, "TASKS_INLINE", False):
        transaction.on_commit(lambda: _background.submit(_run_in_thread, task, args))
    else:
        # robust: the change is committed whatever the task does; a failure is logged, not shown to the user.
        transaction.on_commit(lambda: task(*args), robust=True)


def _run_in_thread(task: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        task(*args)
    except Exception:  # a background task has no caller to raise to
        logger.exception("task %s%r failed", getattr(task, "__name__", task), args)
    finally:
        connections.close_all()

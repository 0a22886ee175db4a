"""Extraction on a Dask cluster, for archives that outgrow one machine (the ``dask`` extra).

Each file's bytes are read here and sent to a worker, which runs the same pure function as a
local worker process (:func:`timeline.processing.process_bytes`): workers need the package
installed, not the files.  The cache and the output order are the same as for a local run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from .documents import LoadReport
from .model import Timeline
from .pipeline import load

if TYPE_CHECKING:
    from .cache import Cache


class ClusterError(ValueError):
    """The cluster cannot be reached or the dask extra is missing."""


def connect(address: str, workers: int = 2):
    """A Dask client: on a scheduler address, or on a new local cluster for ``local``.

    Raises:
        ClusterError: dask is not installed, or the scheduler does not answer.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--scheduler needs the dask extra: pip install 'timeline[dask]'") from None
    try:
        if address == "local":
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            return Client(cluster)
        return Client(address, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler {address} ({exc})") from None


def load_on_cluster(
    paths: Iterable[str],
    address: str,
    reference_date: date | None = None,
    *,
    day_first: bool = False,
    cache: Cache | None = None,
    warn: Callable[[str], None] | None = None,
    workers: int = 2,
) -> tuple[Timeline, LoadReport]:
    """Like :func:`timeline.load`, with the extraction done by the workers of a Dask cluster.

    Args:
        paths: files, directories or ``-``.
        address: ``tcp://host:8786``, or ``local`` for a local cluster of ``workers`` processes.
        reference_date: overrides every document's own reference date.
        day_first: read ``03/04/2024`` as 3 April.
        cache: a :class:`timeline.cache.Cache` to read and fill, or None.
        warn: where to say what went wrong with the cluster's shutdown.
        workers: the number of workers of a local cluster.
    """
    client = connect(address, workers)
    try:
        executor = client.get_executor(pure=False)
        return load(
            paths,
            reference_date,
            day_first=day_first,
            cache=cache,
            jobs=max(1, len(client.scheduler_info().get("workers", {}))),
            executor_factory=lambda jobs: executor,
        )
    finally:
        cluster = getattr(client, "cluster", None)
        try:
            client.close()
            if cluster is not None and address == "local":
                cluster.close()
        except Exception as exc:  # shutting down is best effort
            if warn:
                warn(f"Dask cluster did not shut down cleanly ({exc})")

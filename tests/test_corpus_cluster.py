"""Dask: the blocks shuffled to the workers give the edges a local run finds (skipped without dask)."""
from __future__ import annotations


from nkcite.dedupe import block_index, local_edges

from .conftest import library_profiles


def test_edges_found_on_the_cluster_are_the_local_ones(dask_scheduler):
    from dask.distributed import Client

    from nkcite.corpus.cluster import dask_edges
    profiles = library_profiles(3000)
    blocks = block_index(profiles, 3)
    local = local_edges(blocks, profiles, 90, 3)
    with Client(dask_scheduler) as client:
        assert dask_edges(client)(blocks, profiles, 90, 3) == {key: edges for key, edges in local.items() if edges}
    assert sum(map(len, local.values())) > 500


def test_no_profiles_no_edges(dask_scheduler):
    from dask.distributed import Client

    from nkcite.corpus.cluster import dask_edges
    with Client(dask_scheduler) as client:
        assert dask_edges(client)({}, [], 90, 3) == {}

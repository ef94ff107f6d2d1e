"""What workers build is set aside from the cyclic collector (no pass walks it while the window waits),
and what of it turns into garbage is still freed: at once when nothing refers to it, cycles by a
reclaim while the user is away."""

from __future__ import annotations

import gc
import weakref

from netplanner.storage.db import kept_objects, reclaim_kept


class Node:
    other: Node | None = None


def test_what_is_set_aside_is_left_out_of_the_collectors_passes() -> None:
    with kept_objects():
        kept = [Node() for _ in range(1000)]
    assert gc.isenabled()
    assert not any(gc.is_tracked(node) and node in gc.get_objects(generation=2) for node in kept[:3])
    assert gc.get_freeze_count() >= len(kept)


def test_garbage_without_cycles_goes_at_once_and_cycles_at_the_next_reclaim() -> None:
    with kept_objects():
        plain, first, second = Node(), Node(), Node()
        first.other, second.other = second, first  # a cycle: only the collector frees it
        plain_ref, cycle_ref = weakref.ref(plain), weakref.ref(first)
        del plain, first, second
    assert plain_ref() is None  # freed by its reference count, set aside or not
    gc.collect()
    assert cycle_ref() is not None  # set aside: an ordinary pass does not see it
    assert reclaim_kept()
    assert cycle_ref() is None
    assert not reclaim_kept()  # nothing was set aside since

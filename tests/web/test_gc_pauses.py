"""Full garbage collections in a web process: survivors frozen, thawed now and then."""

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import gc, weakref
    from service.web.gc_pauses import install

    callback = install()
    assert install() is callback  # once per process
    now = [0.0]
    callback._clock = lambda: now[0]
    callback._thawed_at = 0.0
    gc.collect()  # full collection 1: what survives is frozen
    assert gc.get_freeze_count() > 0

    class Node:
        pass

    node = Node()
    node.me = node  # a cycle: only the collector can free it
    gc.collect()  # full collection 2: the cycle is alive, so it is frozen
    ref = weakref.ref(node)
    del node  # now it is garbage, but frozen
    for _ in range(5):
        now[0] += callback.unfreeze_after / 10
        gc.collect()
        assert ref() is not None  # frozen: the short passes do not walk it
    now[0] += callback.unfreeze_after
    gc.collect()  # the first full collection that long after the last thaw walks everything
    assert ref() is None
    assert gc.get_freeze_count() > 0  # and freezes what survived it
    print("ok")
    """
)


def test_survivors_are_frozen_and_a_dead_cycle_is_freed_once_the_thaw_is_due():
    # In a process of its own: freezing would change this test process's collector.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "ok", result.stderr

"""Crash safety: 1,200 assessment saves sent 64 at a time; the server is killed with SIGKILL once a quarter of them
are acknowledged, while the rest are in flight; after a restart on the same database, every save that was
acknowledged (201 with a token) must read back intact. Runs on SQLite, and on PostgreSQL when
CAREERFINDER_TEST_POSTGRES is set (scripts/with-postgres).

Usage: python3 Tests/e2e/crash_safety.py BINARY
"""

import concurrent.futures
import os
import sys
import tempfile
import threading

from server import Server, call, random_sheet

SAVES = 1200
CONCURRENCY = 64
KILL_AFTER = SAVES // 4
# One client sends every save here; the per-client write limit is for people, not for this test.
NO_LIMIT = ("--writes-per-minute", "0")


def crash_and_check(binary, database, label):
    acknowledged = {}
    failed = 0
    lock = threading.Lock()
    killed = threading.Event()
    with Server(binary, database, NO_LIMIT) as server:
        _, questionnaire = call(server.base, "GET", "/api/assessment")
        sheets = [random_sheet(questionnaire, seed) for seed in range(SAVES)]

        def save(sheet):
            nonlocal failed
            try:
                status, body = call(server.base, "POST", "/api/assessment?save=true", sheet, timeout=20)
            except OSError:
                status, body = None, None
            with lock:
                if status == 201:
                    acknowledged[body["token"]] = body["result"]
                    if len(acknowledged) >= KILL_AFTER and not killed.is_set():
                        killed.set()
                        server.kill()
                else:
                    failed += 1

        with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(save, sheets))
    if not killed.is_set():
        print(f"FAIL [{label}] expected the server to be killed mid-run; all {SAVES} saves finished first")
        return False
    with Server(binary, database) as again:
        missing = [token for token, result in acknowledged.items()
                   if call(again.base, "GET", f"/api/results/{token}") != (200, result)]
    print(f"{label}: {SAVES} saves sent, {len(acknowledged)} acknowledged before SIGKILL, {failed} cut off; "
          f"after restart {len(acknowledged) - len(missing)} of {len(acknowledged)} read back intact")
    if missing:
        print(f"FAIL [{label}] expected every acknowledged save after the restart; missing or changed: {missing[:5]}")
        return False
    if failed == 0:
        print(f"FAIL [{label}] expected some saves to be cut off by the kill; none were")
        return False
    return True


def main(binary):
    ok = True
    with tempfile.TemporaryDirectory(prefix="careerfinder-crash-") as folder:
        ok &= crash_and_check(binary, os.path.join(folder, "crash.sqlite"), "SQLite")
    postgres = os.environ.get("CAREERFINDER_TEST_POSTGRES")
    if postgres:
        ok &= crash_and_check(binary, postgres, "PostgreSQL")
    else:
        print("crash safety on PostgreSQL skipped: CAREERFINDER_TEST_POSTGRES is not set")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Graceful shutdown: assessment saves are sent 32 at a time; once a quarter are acknowledged the server gets
SIGTERM and the clients start nothing new. Every request already sent must get its answer (no reset connection,
no error), the server must exit by itself with status 0, and after a restart every acknowledged save must read
back intact. Runs on SQLite, and on PostgreSQL when CAREERFINDER_TEST_POSTGRES is set (scripts/with-postgres),
where the connection pool is closed after the server has drained.

Usage: python3 Tests/e2e/graceful_shutdown.py BINARY
"""

import concurrent.futures
import os
import signal
import sys
import tempfile
import threading

from server import Server, call, random_sheet

SAVES = 800
CONCURRENCY = 32
STOP_AFTER = SAVES // 4
NO_LIMIT = ("--writes-per-minute", "0")


def stop_and_check(binary, database, label):
    acknowledged = {}
    broken = []
    lock = threading.Lock()
    stopping = threading.Event()
    with Server(binary, database, NO_LIMIT) as server:
        _, questionnaire = call(server.base, "GET", "/api/assessment")
        sheets = [random_sheet(questionnaire, seed) for seed in range(SAVES)]

        def save(sheet):
            if stopping.is_set():
                return
            try:
                status, body = call(server.base, "POST", "/api/assessment?save=true", sheet, timeout=30)
            except OSError as error:
                with lock:
                    broken.append(repr(error))
                return
            with lock:
                if status == 201:
                    acknowledged[body["token"]] = body["result"]
                else:
                    broken.append(f"status {status}")
                if len(acknowledged) >= STOP_AFTER and not stopping.is_set():
                    stopping.set()
                    server.process.send_signal(signal.SIGTERM)

        with concurrent.futures.ThreadPoolExecutor(CONCURRENCY) as pool:
            list(pool.map(save, sheets))
        try:
            code = server.process.wait(timeout=30)
        except Exception:
            print(f"FAIL [{label}] the server did not exit within 30 s of SIGTERM")
            return False
        log = server.output()
    with Server(binary, database) as again:
        missing = [token for token, result in acknowledged.items()
                   if call(again.base, "GET", f"/api/results/{token}") != (200, result)]
    print(f"{label}: SIGTERM after {STOP_AFTER} acknowledgements; {len(acknowledged)} acknowledged in all, "
          f"{len(broken)} requests failed, exit status {code}; after restart "
          f"{len(acknowledged) - len(missing)} of {len(acknowledged)} read back intact")
    ok = True
    if broken:
        print(f"FAIL [{label}] requests sent before SIGTERM failed: {broken[:5]}")
        ok = False
    if code != 0:
        print(f"FAIL [{label}] expected exit status 0 after SIGTERM, got {code}:\n{log}")
        ok = False
    if missing:
        print(f"FAIL [{label}] acknowledged saves missing or changed after restart: {missing[:5]}")
        ok = False
    return ok


def main(binary):
    ok = True
    with tempfile.TemporaryDirectory(prefix="careerfinder-sigterm-") as folder:
        ok &= stop_and_check(binary, os.path.join(folder, "sigterm.sqlite"), "SQLite")
    postgres = os.environ.get("CAREERFINDER_TEST_POSTGRES")
    if postgres:
        ok &= stop_and_check(binary, postgres, "PostgreSQL")
    else:
        print("graceful shutdown on PostgreSQL skipped: CAREERFINDER_TEST_POSTGRES is not set")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

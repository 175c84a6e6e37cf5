"""Backups taken while the server is under write load restore into the other database intact, both ways:
SQLite to PostgreSQL and PostgreSQL to SQLite. Every item acknowledged before the backup began is in it; every item
in it reads back through the API of a server on the restored database exactly as it read on the original; a backup
of the restored database holds the same items. A restore into a database that keeps something is refused.

Usage: python3 Tests/e2e/backup_restore.py BINARY   (under scripts/with-postgres)
"""

import glob
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from server import Server, call, random_sheet

RESUME = "Python, SQL, Docker and Terraform. Built a churn model in scikit-learn and served it behind an API."


def fresh_postgres(name):
    """A new, empty database on the test server; its URL."""
    url = urllib.parse.urlparse(os.environ["CAREERFINDER_TEST_POSTGRES"])
    createdb = sorted(glob.glob("/usr/lib/postgresql/*/bin/createdb"))[-1]
    subprocess.run([createdb, "-h", url.hostname, "-p", str(url.port), "-U", url.username, name], check=True)
    return f"postgres://{url.username}@{url.hostname}:{url.port}/{name}"


class Load:
    """Writers saving results, analyses and plans (and ticking and voting) until stopped; each item is recorded
    with the time its save was acknowledged."""

    def __init__(self, server, questionnaire):
        self.server, self.questionnaire = server, questionnaire
        self.acknowledged = []  # (monotonic time, kind, token)
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.errors = []

    def writer(self, seed):
        base = self.server.base
        number = 0
        while not self.stop.is_set():
            number += 1
            kind = ("result", "analysis", "plan")[number % 3]
            if kind == "result":
                status, body = call(base, "POST", "/api/assessment?save=true",
                                    random_sheet(self.questionnaire, seed * 1000 + number))
                ok = status == 201
                if ok:
                    top = body["result"]["ranking"][0]["role"]
                    call(base, "POST", f"/api/results/{body['token']}/feedback",
                         json.dumps({"role": top, "goodFit": number % 2 == 0}))
            elif kind == "analysis":
                status, body = call(base, "POST", "/api/analyze/resume",
                                    json.dumps({"text": RESUME + f" Project {number}.", "save": True}))
                ok = status == 200 and body.get("token")
            else:
                status, body = call(base, "POST", "/api/plans", json.dumps(
                    {"target": "mlops-engineer", "resume": RESUME, "hoursPerWeek": 5 + number % 7}))
                ok = status == 201
                if ok:
                    step = body["plan"]["stages"][0]["steps"][0]["skill"]
                    call(base, "PUT", f"/api/plans/{body['token']}/steps/{step}", '{"done": true}')
            if not ok:
                self.errors.append(f"{kind} save answered {status}")
                continue
            with self.lock:
                self.acknowledged.append((time.monotonic(), kind, body["token"]))

    def __enter__(self):
        self.threads = [threading.Thread(target=self.writer, args=(seed,)) for seed in range(4)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *failure):
        self.stop.set()
        for thread in self.threads:
            thread.join()


def read(base, kind, token):
    path = {"result": "/api/results/", "analysis": "/api/analyses/", "plan": "/api/plans/"}[kind] + token
    return call(base, "GET", path)


def run(binary, source, target, label, check, folder):
    print(f"== {label}", flush=True)
    backup = os.path.join(folder, f"{label.replace(' ', '-')}.json")
    with Server(binary, source, ("--writes-per-minute", "0")) as server:
        _, questionnaire = call(server.base, "GET", "/api/assessment")
        with Load(server, questionnaire) as load:
            time.sleep(3)
            started = time.monotonic()
            done = subprocess.run([binary, "backup", "--database", source, backup], capture_output=True, text=True)
            time.sleep(1)
        check(done.returncode == 0, "backup under load exits 0", done.stderr.strip())
        check(not load.errors, "every write under load acknowledged", load.errors[:3])
        with open(backup) as file:
            snapshot = json.load(file)["snapshot"]
        mode = os.stat(backup).st_mode & 0o777
        check(mode == 0o600, "the backup file readable by its owner only", oct(mode))
        kept = {("result", item["token"]) for item in snapshot["results"]}
        kept |= {("analysis", item["token"]) for item in snapshot["analyses"]}
        kept |= {("plan", item["token"]) for item in snapshot["plans"]}
        before = [(kind, token) for at, kind, token in load.acknowledged if at < started]
        missing = [item for item in before if item not in kept]
        check(len(before) >= 20 and not missing,
              "every item acknowledged before the backup began is in it (at least 20)",
              f"{len(before)} acknowledged, missing {missing[:3]}")
        print(f"  {len(load.acknowledged)} items written under load, {len(before)} before the backup began, "
              f"{len(kept)} in the backup", flush=True)
        # Items whose every write (a plan's tick included) was acknowledged before the backup began must come back
        # exactly as they are now; a later write may or may not be in the backup, as with any snapshot.
        originals = {item: read(server.base, *item) for item in sorted(set(before))}

    done = subprocess.run([binary, "restore", "--database", target, backup], capture_output=True, text=True)
    check(done.returncode == 0, f"restore into the other database exits 0", done.stderr.strip())
    again = subprocess.run([binary, "restore", "--database", target, backup], capture_output=True, text=True)
    check(again.returncode != 0 and "already keeps" in again.stderr and len(again.stderr.strip().splitlines()) == 1,
          "a second restore into the same database refused in one line", again.stderr.strip())
    with Server(binary, target) as server:
        differing = [item for item, answer in originals.items() if read(server.base, *item) != answer]
        check(not differing, f"all {len(originals)} items acknowledged before the backup read back identical "
              "through the API on the restored database", differing[:3])
    second = os.path.join(folder, f"{label.replace(' ', '-')}-again.json")
    done = subprocess.run([binary, "backup", "--database", target, second], capture_output=True, text=True)
    with open(second) as file:
        restored = json.load(file)["snapshot"]

    def rounded(snapshot):
        # Dates to the microsecond: PostgreSQL keeps microseconds, and a date's last binary digits may differ.
        text = json.dumps(snapshot, sort_keys=True)
        return json.loads(text, parse_float=lambda value: round(float(value), 6))

    first, again = rounded(snapshot), rounded(restored)
    differences = [(kind, one, two) for kind in first for one, two in zip(first[kind], again.get(kind, []))
                   if one != two] + [(kind, len(first[kind]), len(again.get(kind, []))) for kind in first
                                     if len(first[kind]) != len(again.get(kind, []))]
    check(not differences, "a backup of the restored database holds the same items, votes included",
          differences[:2])


def main(binary):
    if not os.environ.get("CAREERFINDER_TEST_POSTGRES"):
        print("FAIL [setup] expected CAREERFINDER_TEST_POSTGRES (run under scripts/with-postgres)")
        return 1
    failures = []

    def check(condition, expected, found=""):
        if not condition:
            failures.append(expected)
            print(f"  FAIL expected {expected}; found {found}", flush=True)

    with tempfile.TemporaryDirectory(prefix="careerfinder-backup-") as folder:
        run(binary, os.path.join(folder, "source.sqlite"), fresh_postgres("restored_from_sqlite"),
            "SQLite to PostgreSQL", check, folder)
        run(binary, fresh_postgres("backed_up_postgres"), os.path.join(folder, "restored.sqlite"),
            "PostgreSQL to SQLite", check, folder)
    if failures:
        print(f"backup and restore: {len(failures)} checks FAILED")
        return 1
    print("backup and restore: under load, both ways, every acknowledged item intact")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

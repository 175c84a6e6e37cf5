"""Running it for others, end to end on SQLite: every setting from the environment (and listed in `serve --help`),
unreadable settings refused in one line, JSON log lines that name the client but never a token, /ready, the
retention period deleting old items at start-up and stated on the privacy page, and `report retention`.

Usage: python3 Tests/e2e/operations.py BINARY
"""

import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from server import call, free_port

VARIABLES = ["CAREERFINDER_DATABASE", "CAREERFINDER_HOST", "CAREERFINDER_PORT", "CAREERFINDER_WRITES_PER_MINUTE",
             "CAREERFINDER_LOG_LEVEL", "CAREERFINDER_LOG_FORMAT", "CAREERFINDER_TRUSTED_PROXIES",
             "CAREERFINDER_RETAIN_DAYS"]


def token():
    return secrets.token_urlsafe(16)[:22]


def backup_with_ages(now, days):
    """A backup file's content holding one analysis and one plan per age in `days`; their tokens by age."""
    analyses, plans, tokens = [], [], {}
    for age in days:
        made = now - age * 86400
        tokens[age] = (token(), token())
        analyses.append({"token": tokens[age][0], "kind": "resume", "text": f"Python and SQL ({age} days)",
                         "createdAt": made})
        plans.append({"token": tokens[age][1], "target": "ml-engineer", "have": ["python"], "done": [],
                      "createdAt": made, "updatedAt": made})
    snapshot = {"results": [], "analyses": analyses, "plans": plans, "feedback": []}
    counts = {"results": 0, "analyses": len(analyses), "plans": len(plans), "feedback": 0}
    return {"format": "careerfinder-backup", "version": 1, "takenAt": now, "counts": counts,
            "snapshot": snapshot}, tokens


def main(binary):
    failures = []

    def check(condition, expected, found=""):
        if not condition:
            failures.append(expected)
            print(f"  FAIL expected {expected}; found {found}", flush=True)

    def run(*arguments, environment=None):
        return subprocess.run([binary, *arguments], capture_output=True, text=True, timeout=120,
                              env={**os.environ, **(environment or {})})

    helped = run("serve", "--help")
    missing = [name for name in VARIABLES if name not in helped.stdout]
    check(helped.returncode == 0 and not missing, "serve --help lists every variable", missing)
    for environment, named in [({"CAREERFINDER_PORT": "eighty"}, "CAREERFINDER_PORT"),
                               ({"CAREERFINDER_LOG_LEVEL": "loud"}, "--log-level"),
                               ({"CAREERFINDER_TRUSTED_PROXIES": "10.0.0.0/99"}, "10.0.0.0/99")]:
        refused = run("serve", environment=environment)
        lines = refused.stderr.strip().splitlines()
        check(refused.returncode != 0 and len(lines) == 1 and named in lines[0],
              f"an unreadable {list(environment)[0]} refused in one line naming {named}", refused.stderr.strip())
    flag_wins = run("serve", "--port", "70000", environment={"CAREERFINDER_PORT": "8080"})
    check(flag_wins.returncode != 0 and "--port" in flag_wins.stderr, "a flag wins over its variable",
          flag_wins.stderr.strip())

    with tempfile.TemporaryDirectory(prefix="careerfinder-ops-") as folder:
        database = os.path.join(folder, "school.sqlite")
        now = time.time()
        content, tokens = backup_with_ages(now, [400, 60, 31, 29, 2])
        backup = os.path.join(folder, "aged.json")
        with open(backup, "w") as file:
            json.dump(content, file)
        restored = run("restore", "--database", database, backup)
        check(restored.returncode == 0, "the aged backup restored", restored.stderr.strip())
        report = run("report", "retention", "--json", environment={"CAREERFINDER_DATABASE": database})
        ages = json.loads(report.stdout) if report.returncode == 0 else {}
        check(ages.get("analyses") == [1, 1, 2, 0, 1] and ages.get("plans") == [1, 1, 2, 0, 1],
              "report retention counts by age, the database named by CAREERFINDER_DATABASE", report.stdout.strip())

        port = free_port()
        environment = {"CAREERFINDER_DATABASE": database, "CAREERFINDER_PORT": str(port),
                       "CAREERFINDER_HOST": "127.0.0.1", "CAREERFINDER_RETAIN_DAYS": "30",
                       "CAREERFINDER_LOG_FORMAT": "json", "CAREERFINDER_LOG_LEVEL": "info"}
        log_path = os.path.join(folder, "server.log")
        with open(log_path, "w") as log:
            server = subprocess.Popen([binary, "serve"], stdout=log, stderr=subprocess.STDOUT,
                                      env={**os.environ, **environment})
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            ready = None
            while time.monotonic() < deadline and ready != 200:
                try:
                    with urllib.request.urlopen(base + "/ready", timeout=1) as response:
                        ready = response.status
                except OSError:
                    time.sleep(0.2)
            check(ready == 200, "the server on the port from CAREERFINDER_PORT, /ready 200", ready)
            gone = kept = None
            while time.monotonic() < deadline:
                gone = [age for age in (400, 60, 31)
                        if call(base, "GET", f"/api/analyses/{tokens[age][0]}")[0] == 404
                        and call(base, "GET", f"/api/plans/{tokens[age][1]}")[0] == 404]
                if len(gone) == 3:
                    break
                time.sleep(0.2)
            kept = [age for age in (29, 2) if call(base, "GET", f"/api/analyses/{tokens[age][0]}")[0] == 200
                    and call(base, "GET", f"/api/plans/{tokens[age][1]}")[0] == 200]
            check(len(gone) == 3 and kept == [29, 2],
                  "items older than 30 days deleted at start-up, newer ones kept", f"gone {gone}, kept {kept}")
            status, page = call(base, "GET", "/privacy")
            check(status == 200 and b"30 days" in page, "the privacy page states the 30-day period", status)
            server.send_signal(signal.SIGTERM)
            code = server.wait(timeout=30)
            check(code == 0, "exit status 0 after SIGTERM", code)
        finally:
            if server.poll() is None:
                server.kill()
        with open(log_path) as log:
            lines = [line for line in log.read().splitlines() if line.strip()]
        records = []
        for line in lines:
            try:
                records.append(json.loads(line))
            except ValueError:
                check(False, "every log line is JSON", line[:200])
        requests = [record for record in records if record.get("message") == "request"]
        check(requests and all(record.get("client") == "127.0.0.1" and record.get("route") for record in requests),
              "a JSON log line per request with its route and client", records[:2])
        check(any(record.get("route") == "/api/analyses/{token}" for record in requests),
              "routes logged as declared", [record.get("route") for record in requests][:5])
        every_token = [value for pair in tokens.values() for value in pair]
        check(not any(value in line for line in lines for value in every_token), "no token in the log")
        check(any("retention" in record.get("message", "") for record in records),
              "the retention deletion logged", [record.get("message") for record in records][:5])
        after = run("report", "retention", "--database", database)
        check(after.returncode == 0 and "under 7 days" in after.stdout, "report retention as a table",
              after.stdout.strip())
    if failures:
        print(f"operations: {len(failures)} checks FAILED")
        return 1
    print("operations: settings from the environment, JSON logs, /ready, retention and its report all work")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

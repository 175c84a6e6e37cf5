"""Two servers on different ports share one PostgreSQL database: a result saved through one is read, shared, given
feedback and deleted through the other, and the validity report of each counts the feedback given through either.

Usage: python3 Tests/e2e/several_servers.py BINARY   (with CAREERFINDER_TEST_POSTGRES and PGPASSWORD set, as
scripts/with-postgres does)
"""

import os
import sys

from server import Server, call, random_sheet


def main(binary):
    database = os.environ.get("CAREERFINDER_TEST_POSTGRES")
    if not database:
        print("FAIL [setup] expected CAREERFINDER_TEST_POSTGRES (run under scripts/with-postgres)")
        return 1
    failures = []

    def check(condition, expected, found=""):
        if not condition:
            failures.append(f"expected {expected}; found {found}")
            print(f"  FAIL expected {expected}; found {found}", flush=True)

    # Both start at once: their migrations race for the advisory lock.
    with Server(binary, database) as first, Server(binary, database) as second:
        status, questionnaire = call(first.base, "GET", "/api/assessment")
        check(status == 200, "the questionnaire from the first server", status)
        for round_number in range(3):
            status, saved = call(first.base, "POST", "/api/assessment?save=true", random_sheet(questionnaire, round_number))
            check(status == 201 and "token" in saved, "a save through the first server (201 with a token)", status)
            token = saved["token"]
            status, read = call(second.base, "GET", f"/api/results/{token}")
            check(status == 200 and read == saved["result"], "the same result read through the second server",
                  status)
            status, page = call(second.base, "GET", f"/results/{token}")
            check(status == 200 and b"Your AI career result" in page, "the share page on the second server", status)
            top = saved["result"]["ranking"][0]["role"]
            status, _ = call(second.base, "POST", f"/api/results/{token}/feedback", f'{{"role": "{top}", "goodFit": true}}')
            check(status in (200, 201, 204), "feedback through the second server", status)
            status, _ = call(second.base, "DELETE", f"/api/results/{token}")
            check(status == 204, "a delete through the second server (204)", status)
            status, _ = call(first.base, "GET", f"/api/results/{token}")
            check(status == 404, "the deleted result gone on the first server too (404)", status)
        _, one = call(first.base, "GET", "/api/validity")
        _, two = call(second.base, "GET", "/api/validity")
        check(one == two and one["answers"] >= 3, "both servers report the same feedback, at least 3 answers",
              f"{one.get('answers')} and {two.get('answers')}")
    if failures:
        print(f"several servers: {len(failures)} checks FAILED")
        return 1
    print("several servers: a result saved on one server was read, shared, rated and deleted on the other")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

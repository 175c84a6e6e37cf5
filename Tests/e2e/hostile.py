"""Hostile input against a live server: a forged Host header on the share page comes back escaped, the write limit
answers 429 with Retry-After per client address, and an oversized upload answers 413, never 500.

Usage: python3 Tests/e2e/hostile.py BINARY
"""

import http.client
import sys

from server import Server, call

PAYLOAD = 'evil.example"><script>alert(1)</script>'


def main(binary):
    failures = []

    def check(condition, expected, found=""):
        if not condition:
            failures.append(f"expected {expected}; found {found}")
            print(f"  FAIL expected {expected}; found {found}", flush=True)

    with Server(binary, arguments=("--writes-per-minute", "5")) as server:
        _, questionnaire = call(server.base, "GET", "/api/assessment")
        sheet = '{"version": "%s", "answers": {"%s": 4}}' % (questionnaire["version"], questionnaire["items"][0]["id"])
        statuses = []
        token = None
        for _ in range(6):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
            connection.request("POST", "/api/assessment?save=true", body=sheet,
                               headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            body = response.read()
            statuses.append((response.status, response.getheader("Retry-After")))
            if response.status == 201 and token is None:
                token = __import__("json").loads(body)["token"]
        check([s for s, _ in statuses[:5]] == [201] * 5, "five saves accepted", statuses)
        check(statuses[5][0] == 429 and (statuses[5][1] or "").isdigit(), "the sixth answered 429 with Retry-After",
              statuses[5])

        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.putrequest("GET", f"/results/{token}", skip_host=True)
        connection.putheader("Host", PAYLOAD)
        connection.endheaders()
        response = connection.getresponse()
        page = response.read().decode()
        check(response.status == 200 and PAYLOAD not in page and "&lt;script&gt;" in page,
              "the forged Host escaped on the share page", f"{response.status}")
        for header in ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"]:
            check(response.getheader(header), f"the {header} header", "none")

    with Server(binary) as server:
        boundary = "xyz"
        upload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
                  + "a" * 1_500_000 + f"\r\n--{boundary}--\r\n")
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            connection.request("POST", "/analyze", body=upload,
                               headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
            status = connection.getresponse().status
        except (ConnectionError, http.client.HTTPException) as error:
            status = f"connection closed ({type(error).__name__})"
        check(status == 413, "an oversized upload refused with 413", status)
    if failures:
        print(f"hostile input: {len(failures)} checks FAILED")
        return 1
    print("hostile input: rate limit, forged Host and oversized upload handled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

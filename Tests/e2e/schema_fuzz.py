"""schemathesis against the live server's /openapi.yaml: examples, coverage, fuzzing and stateful phases; every
response must be no 5xx and fit the document (status, media type, headers, schema).

Usage: python3 Tests/e2e/schema_fuzz.py BINARY
"""

import os
import subprocess
import sys

from server import Server

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance"


def main(binary):
    schemathesis = os.path.join(os.path.dirname(sys.executable), "schemathesis")
    # schemathesis sends thousands of writes from one address; the per-client limit is for people.
    with Server(binary, arguments=("--writes-per-minute", "0")) as server:
        status = subprocess.call(
            [schemathesis, "run", f"{server.base}/openapi.yaml", "--checks", CHECKS, "--max-examples", "30",
             "--workers", "2", "--seed", "20261127"],
            env=dict(os.environ, SCHEMATHESIS_HOOKS="", NO_COLOR="1"))
        if status != 0:
            print("\n-- server log (tail) --\n" + server.output()[-3000:])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

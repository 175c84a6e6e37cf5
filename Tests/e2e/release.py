"""The release tarball installs and runs without Swift: unpacked into an empty folder and run with an environment
that holds no toolchain (PATH names an empty folder, nothing else is inherited), `roles`, `kb validate` and `serve`
(a page and /health) work, and the binary links no Swift library. Prints the tarball's size and start-up times.

Usage: python3 Tests/e2e/release.py TARBALL
"""

import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request

from server import free_port


def main(tarball):
    failures = []

    def check(condition, expected, found=""):
        if not condition:
            failures.append(expected)
            print(f"  FAIL expected {expected}; found {found}", flush=True)

    with tempfile.TemporaryDirectory(prefix="careerfinder-release-") as folder:
        with tarfile.open(tarball) as archive:
            archive.extractall(folder, filter="data")
        (top,) = os.listdir(folder)
        home = os.path.join(folder, top)
        binary = os.path.join(home, "careerfinder")
        for name in ("README.md", "NOTICE"):
            check(os.path.exists(os.path.join(home, name)), f"{name} in the tarball")
        empty = tempfile.mkdtemp(dir=folder)
        bare = {"PATH": empty, "HOME": folder}
        linked = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
        check("libswift" not in linked and "libFoundation" not in linked,
              "no Swift or Foundation library linked dynamically", linked)

        times = []
        for _ in range(5):
            started = time.perf_counter()
            roles = subprocess.run([binary, "roles"], capture_output=True, text=True, env=bare, cwd=empty)
            times.append(time.perf_counter() - started)
        check(roles.returncode == 0 and "Machine Learning Engineer" in roles.stdout, "careerfinder roles from the tarball",
              roles.stderr.strip())
        valid = subprocess.run([binary, "kb", "validate"], capture_output=True, text=True, env=bare, cwd=empty)
        check(valid.returncode == 0 and "valid" in valid.stdout, "careerfinder kb validate from the tarball",
              valid.stdout.strip() + valid.stderr.strip())

        port = free_port()
        started = time.perf_counter()
        server = subprocess.Popen([binary, "serve", "--port", str(port), "--database", os.path.join(folder, "s.db")],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=bare, cwd=empty)
        first_answer = None
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and first_answer is None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as response:
                        if response.status == 200:
                            first_answer = time.perf_counter() - started
                except OSError:
                    time.sleep(0.02)
            check(first_answer is not None, "/health answers from the tarball's server")
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/roles", timeout=10) as response:
                page = response.read().decode()
            check("Machine Learning Engineer" in page and "<html" in page.lower(), "a page from the tarball's server")
        finally:
            server.terminate()
            server.wait(timeout=30)

    size = os.path.getsize(tarball) / 1e6
    print(f"release: tarball {size:.1f} MB; 'careerfinder roles' median {statistics.median(times) * 1000:.0f} ms "
          f"over 5 runs; serve to first /health answer {first_answer * 1000 if first_answer else float('nan'):.0f} ms")
    if failures:
        print(f"release: {len(failures)} checks FAILED")
        return 1
    print("release: installs and runs from the tarball without Swift")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

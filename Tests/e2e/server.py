"""Starts a real `careerfinder serve` on a free loopback port with a throwaway SQLite file, for end-to-end tests."""

import os
import socket
import subprocess
import tempfile
import time
import urllib.request


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A context manager: the server runs inside the `with` block and is stopped (and its files removed) after."""

    def __init__(self, binary):
        self.binary = binary
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.folder = tempfile.TemporaryDirectory(prefix="careerfinder-e2e-")
        self.log = open(os.path.join(self.folder.name, "server.log"), "w+")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port),
             "--database", os.path.join(self.folder.name, "e2e.sqlite")],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited early:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"the server did not answer /health within 60 s:\n{self.output()}")

    def output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read()[-4000:]

    def __exit__(self, *failure):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        self.folder.cleanup()

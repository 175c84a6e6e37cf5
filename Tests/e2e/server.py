"""Starts a real `careerfinder serve` on a free loopback port, by default with a throwaway SQLite file, for
end-to-end tests; helpers to call it and to make answer sheets."""

import json
import os
import random
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A context manager: the server runs inside the `with` block and is stopped (and its files removed) after."""

    def __init__(self, binary, database=None, arguments=(), environment=None):
        """`database` is a SQLite path or a postgres:// URL; by default a new SQLite file in a temporary folder.
        `arguments` go to `serve` as well, e.g. ("--writes-per-minute", "0") for load tests; `environment` adds
        variables to the server's environment."""
        self.binary = binary
        self.database = database
        self.arguments = list(arguments)
        self.environment = {**os.environ, **(environment or {})}
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.folder = tempfile.TemporaryDirectory(prefix="careerfinder-e2e-")
        self.log = open(os.path.join(self.folder.name, "server.log"), "w+")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.port),
             "--database", self.database or os.path.join(self.folder.name, "e2e.sqlite"), *self.arguments],
            stdout=self.log, stderr=subprocess.STDOUT, env=self.environment)
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

    def kill(self):
        """SIGKILL: the server gets no chance to flush or close anything."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def __exit__(self, *failure):
        if self.process.poll() is not None:
            self.log.close()
            self.folder.cleanup()
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
        self.folder.cleanup()


def call(base, method, path, body=None, timeout=30):
    """One request; returns (status, parsed JSON or raw bytes). HTTP errors are answers, not exceptions."""
    data = None if body is None else body.encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw


def random_sheet(questionnaire, seed):
    """An answers document for the questionnaire: random answers, about one in ten skipped."""
    generator = random.Random(seed)
    answers = {}
    for item in questionnaire["items"]:
        if generator.random() < 0.1:
            answers[item["id"]] = None
        elif "scale" in item:
            answers[item["id"]] = generator.randint(item["scale"]["min"], item["scale"]["max"])
        else:
            answers[item["id"]] = generator.choice(item["options"])["id"]
    return json.dumps({"version": questionnaire["version"], "answers": answers})

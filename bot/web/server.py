"""Running the web app: in the foreground for `intake serve`, in a thread for tests."""

from __future__ import annotations

import threading
import time

import uvicorn

from bot.app import App
from bot.web.app import create_app


def _config(application: App, host: str, port: int) -> uvicorn.Config:
    # proxy_headers: behind a TLS proxy on this host, X-Forwarded-Proto makes cookies Secure.
    return uvicorn.Config(
        create_app(application),
        host=host,
        port=port,
        proxy_headers=True,
        log_level="warning",
        server_header=False,
    )


def serve(application: App, host: str, port: int) -> None:
    """Serve until Ctrl-C or SIGTERM."""
    uvicorn.Server(_config(application, host, port)).run()


class BackgroundServer:
    """uvicorn in a daemon thread; start() returns once it accepts connections."""

    def __init__(self, application: App, host: str, port: int) -> None:
        self.url = f"http://{host}:{port}"
        self.server = uvicorn.Server(_config(application, host, port))
        self.server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self, timeout: float = 15.0) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"the web app did not start on {self.url}")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)

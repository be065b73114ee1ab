"""`careernav serve`: run the web app with uvicorn. Mount with ``register_web(app)``."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.console import Console

console = Console(stderr=True)


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    preload: Annotated[
        bool, typer.Option(help="Load the resource index before taking requests.")
    ] = True,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Worker processes. Sessions and accounts live in the database, so any worker "
            "can serve any request; set CAREERNAV_WEB_RATE_LIMIT_STORAGE to a Redis URL to "
            "share rate limits between them.",
        ),
    ] = 1,
) -> None:
    """Run the CareerNav web app and print its address."""
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    console.print(f"CareerNav is starting at [bold]http://{shown}:{port}/[/] (Ctrl+C stops it).")
    if preload:
        console.print("Loading the learning-resource index (the first run builds it).")
    if workers == 1:
        from careernav.web.app import create_app
        from careernav.web.settings import WebSettings

        app = create_app(web=WebSettings(preload=preload))
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    # Each worker process builds its own app from the environment.
    os.environ["CAREERNAV_WEB_PRELOAD"] = "true" if preload else "false"
    uvicorn.run(
        "careernav.web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="info",
    )


def register_web(app: typer.Typer) -> None:
    """Mount `serve` on the main command line."""
    app.command("serve")(serve)

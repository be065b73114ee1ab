"""`careernav serve`: run the web app with uvicorn. Mount with ``register_web(app)``."""

from __future__ import annotations

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
) -> None:
    """Run the CareerNav web app and print its address."""
    import uvicorn

    from careernav.web.app import create_app
    from careernav.web.settings import WebSettings

    app = create_app(web=WebSettings(preload=preload))
    shown = f"[{host}]" if ":" in host else host
    console.print(f"CareerNav is starting at [bold]http://{shown}:{port}/[/] (Ctrl+C stops it).")
    if preload:
        console.print("Loading the learning-resource index (the first run builds it).")
    uvicorn.run(app, host=host, port=port, log_level="info")


def register_web(app: typer.Typer) -> None:
    """Mount `serve` on the main command line."""
    app.command("serve")(serve)

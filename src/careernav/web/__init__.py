"""The web front end: FastAPI app factory (`careernav.web.app.create_app`), routers, Jinja2
templates and static files. Importing this package loads nothing heavy."""

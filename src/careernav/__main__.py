from careernav.cli import app

app(prog_name="careernav")

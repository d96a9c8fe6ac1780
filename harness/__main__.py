from harness.cli import cli

cli()

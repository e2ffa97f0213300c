"""The `crossroads` command: one module per subcommand."""

"""One module per CLI command; mtaudit.cli wires them into the group."""

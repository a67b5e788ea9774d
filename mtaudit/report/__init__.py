"""One module per output format; each renders AuditResults to a string."""

"""mtaudit: find, explain and fix the artifacts Russian->English machine translation leaves."""

__version__ = "0.1.0"

"""eventwire: news reports in, structured and verifiable political event data out."""

__version__ = "0.1.0"

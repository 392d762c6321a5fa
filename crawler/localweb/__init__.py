"""Local web for demos, tests and benchmarks: static municipal sites by host name, behind a forward proxy."""

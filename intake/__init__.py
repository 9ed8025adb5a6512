"""Storage, database, HTTP API, mailroom and the `scanstraat` command line."""

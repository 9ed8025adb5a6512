"""The reviewer and ops pages, a client of `intake`."""

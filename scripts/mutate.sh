#!/usr/bin/env bash
# The mutation smoke: every one-line mutation of tests/mutations.txt, applied
# alone to a scratch copy of the tree, must turn its guarding tests red
# (scripts/mutate.py; docs/testing.md, "Mutation smoke"). Ends with
# "N killed, N not killed"; non-zero exit when any mutation is not killed.
# Usage: scripts/mutate.sh [--work DIR] [--only NAME ...] [--jobs N]
exec python3 "$(dirname "$0")/mutate.py" "$@"

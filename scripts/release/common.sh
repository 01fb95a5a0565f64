# Shared by scripts/release.sh and its steps (sourced, not run).
# A step is run with these in its environment (set by scripts/release.sh):
#   WH_SRC      the committed sources, exported fresh (git archive HEAD)
#   WH_WORK     its own empty build directory (build-release/<step>)
#   WH_DIST     where its artefacts go (dist/)
#   WH_VERSION  the version, from the IDL (via generated/c/weaveheap.h)
#   JOBS        parallel build jobs
#   SOURCE_DATE_EPOCH  the commit's time, for reproducible archives

say() { echo "release[${WH_STEP:-main}]: $*"; }
die() { echo "release[${WH_STEP:-main}]: FAILED: $*" >&2; exit 1; }

# Runs a command with its output in a log file; on failure shows the log's
# end and fails the step.
logged() {
  local log=$1; shift
  if ! "$@" >"$log" 2>&1; then
    tail -60 "$log" >&2
    die "$* (log: $log)"
  fi
}

# tar.gz of DIR's entry NAME, the same bytes for the same files: sorted,
# owned by root, dated at the commit, gzip without a timestamp.
reproducible_tgz() {
  local dir=$1 name=$2 out=$3
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@${SOURCE_DATE_EPOCH:-0}" \
      --format=gnu -C "$dir" -cf - "$name" | gzip -9n >"$out"
}

# The ELF machine of a file, as readelf names it ("AArch64", "Advanced Micro
# Devices X86-64").
elf_machine() { readelf -h "$1" | sed -n 's/^ *Machine: *//p'; }

# The newest glibc symbol version the ELF files given need ("2.34").
glibc_needed() {
  readelf -V -W "$@" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -k3,3n -u | tail -1
}

#!/usr/bin/env bash
# Prints the JVM options of the kiosk's launcher (its jvm_options array) on one line, so that a benchmark runs the JVM
# as the installed kiosk does. Usage: scripts/launcher-jvm-options.sh [launcher, default: the package's source copy]
set -euo pipefail
launcher="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/packaging/kiosk/files/usr/bin/lingong-kiosk}"
sed -n '/^jvm_options=(/,/)/p' "$launcher" | tr -d '()\n' | sed 's/^jvm_options=//'

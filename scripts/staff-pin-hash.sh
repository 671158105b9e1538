#!/bin/sh
# Prints the kiosk.staff.pin-hash (or technician-pin-hash) value for a PIN: PBKDF2-HMAC-SHA256, 120000 iterations,
# random 16-byte salt. Usage: scripts/staff-pin-hash.sh 2468
set -eu
[ $# -eq 1 ] || { echo "usage: $0 PIN (4-8 digits)" >&2; exit 2; }
PIN="$1" python3 -c '
import base64, hashlib, os
salt = os.urandom(16)
pin = os.environ["PIN"].encode()
print("pbkdf2-sha256:120000:" + base64.b64encode(salt).decode() + ":"
      + base64.b64encode(hashlib.pbkdf2_hmac("sha256", pin, salt, 120000)).decode())'

"""Keep a town with its holder until the event that takes it (issue #26): tools/kharkov_1942/holdouts.py
for the 1943 areas. Run after `build`, before `provenance`: `.venv/bin/python -m tools.belgorod_kharkov_1943.holdouts`."""

from tools.belgorod_kharkov_1943 import DATA
from tools.kharkov_1942 import holdouts

# The interpolated front of 10 August had already passed Chuguev, which e-kovyagi takes on 11 August.
HOLDOUTS = {
    "Chuguev": ("axis", "soviet", "1943-08-10", "1943-08-10", "e-kovyagi (11 August)"),
}

if __name__ == "__main__":
    # The 1943 ground of each side is one piece (no pocket formed): the kept ground reaches its own.
    holdouts.main(DATA, HOLDOUTS, connected=True)

"""Development settings (`make run`, the tests): the shared base, with a development secret key.

Production uses battlemap.settings.production, which refuses to start without its secrets.
"""

from .base import *  # noqa: F401,F403
from .base import SECRET_KEY

if not SECRET_KEY:
    # Good enough for development and tests only; production must set DJANGO_SECRET_KEY.
    SECRET_KEY = "insecure-development-key-set-DJANGO_SECRET_KEY-in-production"

# Public site: only what differs from pelicanconf. The output folder is swapped
# atomically, so DELETE_OUTPUT_DIRECTORY stays off.
import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *

SITEURL = "https://wiredesk.example.org"
RELATIVE_URLS = False

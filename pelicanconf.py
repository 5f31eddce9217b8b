# Local (development) settings. Data only: no logic, no imports from plugins/.
AUTHOR = "Wiredesk"
SITENAME = "Wiredesk"
SITESUBTITLE = "Wire stories as they come in"
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = False

PATH = "content"
WIREDESK_SEED_PATHS = ["../seeds"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["static"]
# A rebuild leaves unchanged static files (and their mtimes) alone.
STATIC_CHECK_IF_MODIFIED = True
EXTRA_PATH_METADATA = {"static/favicon.svg": {"path": "favicon.svg"}}
OUTPUT_PATH = "output"
THEME = "theme"
PLUGINS = ["pelican.plugins.wiredesk"]

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 20
ARTICLE_TRANSLATION_ID = None
PAGE_TRANSLATION_ID = None

ARTICLE_URL = "{date:%Y}/{date:%m}/{date:%d}/{slug}/"
ARTICLE_SAVE_AS = "{date:%Y}/{date:%m}/{date:%d}/{slug}/index.html"
# Non-English stories are not translations: same URL scheme as every story.
ARTICLE_LANG_URL = ARTICLE_URL
ARTICLE_LANG_SAVE_AS = ARTICLE_SAVE_AS
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = PAGE_URL
PAGE_LANG_SAVE_AS = PAGE_SAVE_AS
# Seed text and header values are plain text: templates escape every value they print.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
CATEGORY_URL = "section/{slug}/"
CATEGORY_SAVE_AS = "section/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
AUTHOR_URL = "agency/{slug}/"
# Agency pages come from Wiredesk's page generator, with people, places and orgs.
AUTHOR_SAVE_AS = ""
CATEGORIES_SAVE_AS = "section/index.html"
TAGS_SAVE_AS = "tag/index.html"
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = "archives/index.html"
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_URL = "{date:%Y}/{date:%m}/"
MONTH_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/index.html"
DAY_ARCHIVE_URL = "{date:%Y}/{date:%m}/{date:%d}/"
DAY_ARCHIVE_SAVE_AS = "{date:%Y}/{date:%m}/{date:%d}/index.html"
DIRECT_TEMPLATES = ["index", "tags", "categories", "archives", "404"]
PAGINATED_TEMPLATES = {
    "index": None,
    "tag": None,
    "category": None,
    "author": None,
    "period_archives": None,
}
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# Wiredesk alone writes feeds: every Pelican feed setting is off.
FEED_DOMAIN = None
FEED_ATOM = None
FEED_RSS = None
FEED_ALL_ATOM = None
FEED_ALL_RSS = None
CATEGORY_FEED_ATOM = None
CATEGORY_FEED_RSS = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TAG_FEED_ATOM = None
TAG_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None

WIREDESK_ID_AUTHORITY = "wiredesk.example.org,2026"
WIREDESK_FEED_MAX_ITEMS = 100
WIREDESK_FEED_WINDOW_DAYS = None
WIREDESK_CNAME = None

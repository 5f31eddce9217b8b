"""Test helpers: serve a built site over HTTP and crawl it for broken links."""

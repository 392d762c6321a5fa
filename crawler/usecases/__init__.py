"""Use cases that drive the crawl: check one site, statewide runs, schedules, website discovery."""

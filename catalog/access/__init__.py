"""Who may use the REST API and what it may start: API keys, jobs, and the targets a job may crawl."""

"""Scrapy components: spider, page facts, frontier, middlewares, pipeline, rendering, the reactor runner."""

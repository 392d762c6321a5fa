"""Reference data: the OZG catalog, the municipality registry, the platform registry; importers and loaders."""

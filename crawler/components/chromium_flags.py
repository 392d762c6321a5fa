"""The command line Chromium is started with: what it must not do, and how it keeps its memory and processes few."""

from __future__ import annotations

# Chromium honours only the last --disable-features and the last --enable-features on its command line, and
# Playwright passes its own lists first. Ours therefore repeat Playwright's (1.65; a test compares them with what
# the installed Playwright passes): among them HttpsUpgrades, which would otherwise turn http:// pages into https://.
PLAYWRIGHT_DISABLED_FEATURES = (
    "AimEnabled",
    "AvoidCorsURLLoaderRestartOnRedirect",
    "AvoidUnnecessaryBeforeUnloadCheckSync",
    "DestroyProfileOnBrowserClose",
    "HttpsFirstBalancedModeAutoEnable",
    "HttpsUpgrades",
    "LensOverlay",
    "MediaRouter",
    "NetworkTimeServiceQuerying",
    "OptimizationHints",
    "PaintHolding",
    "PreconnectToSearch",
    "TcpPortRandomizationWin",
    "ThirdPartyStoragePartitioning",
    "msEdgeUpdateLaunchServicesPreferredVersion",
    "msForceBrowserSignIn",
)
PLAYWRIGHT_ENABLED_FEATURES = ("CDPScreenshotNewSurface", "SkipListAccountsWithoutGaiaCookies")

# Headless Chromium still builds the address bar's drop-down as two WebUI pages, which live in a renderer of their
# own (about 200 MB RSS, 100 MB PSS) that nobody ever sees.
MEMORY_DISABLED_FEATURES = ("WebUIOmniboxPopup", "WebUIOmniboxAimPopup")
# The network service runs in the browser process instead of a process of its own (about 100 MB RSS less).
MEMORY_ENABLED_FEATURES = ("NetworkServiceInProcess2",)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    # Memory: no renderer process per site or per page, GPU work in the browser process, no zygote helpers, and a
    # bounded JavaScript heap, so a page that never settles or keeps allocating cannot grow the browser without
    # end. With --renderer-process-limit=1 the pages of one browser context share one renderer (a context cannot
    # share a process with another context, so each crawl still has its own).
    "--disable-site-isolation-trials",
    "--renderer-process-limit=1",
    "--in-process-gpu",
    "--no-zygote",
    "--disable-extensions",
    "--mute-audio",
    "--js-flags=--max-old-space-size=256",
    "--disable-features=" + ",".join(PLAYWRIGHT_DISABLED_FEATURES + MEMORY_DISABLED_FEATURES),
    "--enable-features=" + ",".join(PLAYWRIGHT_ENABLED_FEATURES + MEMORY_ENABLED_FEATURES),
]
